package org.leavingcare.leaver.domain;

import java.time.LocalDate;

/**
 * The facts the keeping-in-touch clock reads.
 *
 * @param allocatedOn when the young person's unbroken run of advisers began (the current allocation and
 *        those it was transferred from without a gap), or {@code null} without an adviser
 * @param lastSuccessfulContactOn the last successful contact of any kind
 * @param lastFaceToFaceContactOn the last successful face-to-face contact
 * @param councilAccommodationFrom when the young person moved into accommodation the council provides
 *        (s23B / s24B), or {@code null} if they do not live in it
 * @param lastVisitAtAccommodationOn the last successful face-to-face visit at that accommodation on or
 *        after the move, or {@code null}
 * @param planLastReviewOn the pathway plan's last review, or {@code null}
 * @param planNextReviewDue the pathway plan's next review, or {@code null}
 * @param dutyEndsOn the day the adviser duty ends (PA-3: the 21st birthday at the latest), or {@code null}
 */
public record ContactHistory(LocalDate allocatedOn, LocalDate lastSuccessfulContactOn, LocalDate lastFaceToFaceContactOn,
                             LocalDate councilAccommodationFrom, LocalDate lastVisitAtAccommodationOn,
                             LocalDate planLastReviewOn, LocalDate planNextReviewDue, LocalDate dutyEndsOn) {

    /** Without the end of the duty. */
    public ContactHistory(LocalDate allocatedOn, LocalDate lastSuccessfulContactOn, LocalDate lastFaceToFaceContactOn,
                          LocalDate councilAccommodationFrom, LocalDate lastVisitAtAccommodationOn,
                          LocalDate planLastReviewOn, LocalDate planNextReviewDue) {
        this(allocatedOn, lastSuccessfulContactOn, lastFaceToFaceContactOn, councilAccommodationFrom,
                lastVisitAtAccommodationOn, planLastReviewOn, planNextReviewDue, null);
    }

    /** Without pathway plan review dates. */
    public ContactHistory(LocalDate allocatedOn, LocalDate lastSuccessfulContactOn, LocalDate lastFaceToFaceContactOn,
                          LocalDate councilAccommodationFrom, LocalDate lastVisitAtAccommodationOn) {
        this(allocatedOn, lastSuccessfulContactOn, lastFaceToFaceContactOn, councilAccommodationFrom,
                lastVisitAtAccommodationOn, null, null, null);
    }
}
