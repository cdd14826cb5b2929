package org.leavingcare.leaver.domain;

import java.time.LocalDate;

/** When the personal adviser must next be in touch (rules.md PA-6, PA-7, PA-8). */
public final class ContactClock {

    private final LeaverPolicy policy;

    public ContactClock(LeaverPolicy policy) {
        this.policy = policy;
    }

    /**
     * The earlier of:
     * <ul>
     * <li>PA-8: the last successful face-to-face contact (or, before any, the start of the unbroken run of
     * advisers: a transfer does not restart the clock) plus the contact interval;</li>
     * <li>PA-6: in council-provided accommodation, 7 days after the move until the first visit there,
     * then the last visit there plus 2 months, and a visit there before each pathway plan review: by the
     * day before the next review unless visited since the last review.</li>
     * </ul>
     * {@code null} when there is nothing to measure from, or when the day falls on or after the end of the
     * adviser duty (PA-3: the 21st birthday).
     */
    public LocalDate contactDueBy(ContactHistory history) {
        LocalDate due = dueBy(history);
        return due == null || withinDuty(history, due) ? due : null;
    }

    private static boolean withinDuty(ContactHistory history, LocalDate day) {
        return history.dutyEndsOn() == null || day.isBefore(history.dutyEndsOn());
    }

    private LocalDate dueBy(ContactHistory history) {
        LocalDate due = null;
        LocalDate anchor = history.lastFaceToFaceContactOn() != null ? history.lastFaceToFaceContactOn()
                : history.allocatedOn();
        if (anchor != null) {
            due = anchor.plus(policy.contactInterval());
        }
        if (history.councilAccommodationFrom() != null) {
            LocalDate visit = history.lastVisitAtAccommodationOn();
            LocalDate accommodationDue = visit == null || visit.isBefore(history.councilAccommodationFrom())
                    ? history.councilAccommodationFrom().plus(policy.councilAccommodationFirstVisit())
                    : visit.plus(policy.councilAccommodationVisitInterval());
            due = earlier(due, accommodationDue);
            LocalDate review = history.planNextReviewDue();
            if (review != null && review.isAfter(history.councilAccommodationFrom())) {
                LocalDate since = later(history.planLastReviewOn(), history.councilAccommodationFrom());
                boolean visitedSince = visit != null && !visit.isBefore(since)
                        && (history.planLastReviewOn() == null || visit.isAfter(history.planLastReviewOn()));
                if (!visitedSince) {
                    // PA-6 (reg 8(2)): again before each review
                    due = earlier(due, review.minusDays(1));
                }
            }
        }
        return due;
    }

    /**
     * PA-7: the day after which contact counts as lost: the last successful contact of any kind (or, before
     * any, the start of the unbroken run of advisers; a transfer is no contact with the young person) plus
     * the configured period. {@code null} when lost touch would begin on or after the end of the duty.
     */
    public LocalDate lostTouchAfter(ContactHistory history) {
        LocalDate anchor = history.lastSuccessfulContactOn() != null ? history.lastSuccessfulContactOn()
                : history.allocatedOn();
        if (anchor == null) {
            return null;
        }
        LocalDate lostAfter = anchor.plus(policy.lostTouchAfter());
        return withinDuty(history, lostAfter.plusDays(1)) ? lostAfter : null;
    }

    public ContactStatus status(ContactHistory history, LocalDate today) {
        if (!withinDuty(history, today)) {
            // PA-3: from the 21st birthday (or the end of the duty) nothing is due
            return ContactStatus.DUTY_ENDED;
        }
        LocalDate lostAfter = lostTouchAfter(history);
        LocalDate due = dueBy(history);
        if (lostAfter != null && today.isAfter(lostAfter)) {
            return ContactStatus.LOST_TOUCH;
        }
        if (due == null) {
            return ContactStatus.NOT_STARTED;
        }
        if (!withinDuty(history, due)) {
            // nothing more is due before the duty ends
            return ContactStatus.ON_TRACK;
        }
        if (today.isAfter(due)) {
            return ContactStatus.OVERDUE;
        }
        return today.isBefore(due.minus(policy.dueSoon())) ? ContactStatus.ON_TRACK : ContactStatus.DUE_SOON;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
