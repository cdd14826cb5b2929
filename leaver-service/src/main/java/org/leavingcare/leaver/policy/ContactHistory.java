package org.leavingcare.leaver.policy;

import java.time.LocalDate;

/**
 * The facts the keeping-in-touch clock reads.
 *
 * @param allocatedOn when the current adviser was allocated, or {@code null}
 * @param lastSuccessfulContactOn the last successful contact of any kind
 * @param lastFaceToFaceContactOn the last successful face-to-face contact
 * @param councilAccommodationFrom when the young person moved into accommodation the council provides
 *        (s23B / s24B), or {@code null} if they do not live in it
 * @param lastVisitAtAccommodationOn the last successful face-to-face visit at that accommodation on or
 *        after the move, or {@code null}
 * @param planLastReviewOn the pathway plan's last review, or {@code null}
 * @param planNextReviewDue the pathway plan's next review, or {@code null}
 */
public record ContactHistory(LocalDate allocatedOn, LocalDate lastSuccessfulContactOn, LocalDate lastFaceToFaceContactOn,
                             LocalDate councilAccommodationFrom, LocalDate lastVisitAtAccommodationOn,
                             LocalDate planLastReviewOn, LocalDate planNextReviewDue) {

    /** Without pathway plan review dates. */
    public ContactHistory(LocalDate allocatedOn, LocalDate lastSuccessfulContactOn, LocalDate lastFaceToFaceContactOn,
                          LocalDate councilAccommodationFrom, LocalDate lastVisitAtAccommodationOn) {
        this(allocatedOn, lastSuccessfulContactOn, lastFaceToFaceContactOn, councilAccommodationFrom,
                lastVisitAtAccommodationOn, null, null);
    }
}
