package org.leavingcare.leaver.domain;

import java.time.LocalDate;
import java.time.Period;

/** When a young person must have a personal adviser (rules.md PA-1, PA-2, PA-3, PA-9). */
public final class AllocationClock {

    /** PA-3 / s23C(6): the former relevant young person's adviser duty lasts until the 21st birthday. */
    static final Period FORMER_RELEVANT_DUTY_ENDS = Period.ofYears(21);

    private final LeaverPolicy policy;

    public AllocationClock(LeaverPolicy policy) {
        this.policy = policy;
    }

    /** PA-9: the local allocation age, earlier for complex needs, disability or UASC status. */
    public LocalDate policyAgeDate(YoungPersonFacts facts) {
        boolean early = facts.complexNeeds() || facts.disabled() || facts.uasc();
        return Ages.reaching(facts.dateOfBirth(), early ? policy.earlyAllocationAge() : policy.allocationAge(),
                policy.leapDayBirthdays());
    }

    /**
     * The day by which the young person must have an adviser, from the whole category timeline (so time
     * passing needs no event), or {@code null} if they never need one on it.
     * <ul>
     * <li>PA-1 / PA-9: an eligible child by the local allocation age, or on becoming eligible if that is later;
     * with complex needs, a disability or UASC status by the later of the early age and the NA-1
     * needs-assessment deadline (eligibility + 3 calendar months, clamped to the month's end);</li>
     * <li>PA-2: a relevant child immediately on becoming relevant;</li>
     * <li>PA-3: a former relevant child immediately (the adviser continues, or one is appointed), if that
     * is before the 21st birthday.</li>
     * </ul>
     */
    public LocalDate allocationDueOn(YoungPersonFacts facts) {
        if (facts.dateOfBirth() == null) {
            return null;
        }
        LocalDate policyAge = policyAgeDate(facts);
        boolean early = facts.complexNeeds() || facts.disabled() || facts.uasc();
        LocalDate dutyEnds = formerRelevantDutyEnds(facts);
        LocalDate due = null;
        for (CategorySegment segment : facts.timeline()) {
            if (segment.category() == null || segment.from() == null) {
                continue;
            }
            LocalDate candidate = switch (segment.category()) {
                case ELIGIBLE -> {
                    // PA-9 early allocation is "by the needs-assessment deadline": NA-1, eligibility + 3 months
                    LocalDate onEligibility = early ? segment.from().plusMonths(3) : segment.from();
                    LocalDate byAge = policyAge.isAfter(onEligibility) ? policyAge : onEligibility;
                    yield segment.contains(byAge) ? byAge : null;
                }
                case RELEVANT -> segment.from();
                // PA-3: only while the duty lasts (until 21)
                case FORMER_RELEVANT -> dutyEnds != null && !segment.from().isBefore(dutyEnds) ? null : segment.from();
                default -> null;
            };
            if (candidate != null && (due == null || candidate.isBefore(due))) {
                due = candidate;
            }
        }
        return due;
    }

    /**
     * PA-3 / s23C(6): the 21st birthday, when the adviser duty to a former relevant young person ends;
     * {@code null} without a date of birth. The duty goes on beyond 21 only on facts leaver-service does
     * not hold yet: an education or training programme (s23C(7)) or a request under s23CZB (until 25).
     */
    public LocalDate formerRelevantDutyEnds(YoungPersonFacts facts) {
        return facts.dateOfBirth() == null ? null
                : Ages.reaching(facts.dateOfBirth(), FORMER_RELEVANT_DUTY_ENDS, policy.leapDayBirthdays());
    }

    /**
     * The day the duty to provide an adviser ends: the end of the last stretch of the timeline that needs
     * one (PA-1, PA-2, PA-3), a former relevant stretch ending on the 21st birthday at the latest;
     * {@code null} if the duty has no end on the timeline or no stretch needs an adviser.
     */
    public LocalDate dutyEndsOn(YoungPersonFacts facts) {
        LocalDate d21 = formerRelevantDutyEnds(facts);
        LocalDate end = null;
        boolean any = false;
        for (CategorySegment segment : facts.timeline()) {
            if (segment.category() == null || !segment.category().needsPersonalAdviser()) {
                continue;
            }
            any = true;
            LocalDate until = effectiveUntil(segment, d21);
            if (until == null) {
                return null;
            }
            end = end == null || until.isAfter(end) ? until : end;
        }
        return any ? end : null;
    }

    private static LocalDate effectiveUntil(CategorySegment segment, LocalDate d21) {
        if (segment.category() == Category.FORMER_RELEVANT && d21 != null
                && (segment.until() == null || segment.until().isAfter(d21))) {
            return d21;
        }
        return segment.until();
    }

    /**
     * Whether the duty to provide an adviser is over by {@code today}: every stretch of the timeline
     * that needs one (PA-1, PA-2, PA-3) has ended, e.g. a young person who returned home for good
     * (CAT-4), whose timeline ends, or a former relevant young person from their 21st birthday (PA-3).
     * Nothing is due from then on.
     */
    public boolean dutyOver(YoungPersonFacts facts, LocalDate today) {
        LocalDate d21 = formerRelevantDutyEnds(facts);
        for (CategorySegment segment : facts.timeline()) {
            if (segment.category() != null && segment.category().needsPersonalAdviser()) {
                LocalDate until = effectiveUntil(segment, d21);
                if (until == null || until.isAfter(today)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The status as of {@code today}, {@code NOT_DUE} once the duty is over. */
    public AllocationStatus status(YoungPersonFacts facts, LocalDate dueOn, boolean allocated, LocalDate today) {
        if (!allocated && dueOn != null && dutyOver(facts, today)) {
            return AllocationStatus.NOT_DUE;
        }
        return status(dueOn, allocated, today);
    }

    /** The status as of {@code today}; the due day itself counts as on time (C-2). */
    public AllocationStatus status(LocalDate dueOn, boolean allocated, LocalDate today) {
        if (allocated) {
            return AllocationStatus.ALLOCATED;
        }
        if (dueOn == null) {
            return AllocationStatus.NOT_DUE;
        }
        if (today.isAfter(dueOn)) {
            return AllocationStatus.OVERDUE;
        }
        if (today.isEqual(dueOn)) {
            return AllocationStatus.DUE;
        }
        return today.isBefore(dueOn.minus(policy.dueSoon())) ? AllocationStatus.NOT_DUE : AllocationStatus.DUE_SOON;
    }
}
