package org.leavingcare.leaver.policy;

import java.time.LocalDate;

/** When a young person must have a personal adviser (rules.md PA-1, PA-2, PA-3, PA-9). */
public final class AllocationClock {

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
     * <li>PA-1 / PA-9: an eligible child by the local allocation age, or on becoming eligible if that is later;</li>
     * <li>PA-2: a relevant child immediately on becoming relevant;</li>
     * <li>PA-3: a former relevant child immediately (the adviser continues, or one is appointed).</li>
     * </ul>
     */
    public LocalDate allocationDueOn(YoungPersonFacts facts) {
        if (facts.dateOfBirth() == null) {
            return null;
        }
        LocalDate policyAge = policyAgeDate(facts);
        LocalDate due = null;
        for (CategorySegment segment : facts.timeline()) {
            if (segment.category() == null || segment.from() == null) {
                continue;
            }
            LocalDate candidate = switch (segment.category()) {
                case ELIGIBLE -> {
                    LocalDate byAge = policyAge.isAfter(segment.from()) ? policyAge : segment.from();
                    yield segment.contains(byAge) ? byAge : null;
                }
                case RELEVANT, FORMER_RELEVANT -> segment.from();
                default -> null;
            };
            if (candidate != null && (due == null || candidate.isBefore(due))) {
                due = candidate;
            }
        }
        return due;
    }

    /**
     * Whether the duty to provide an adviser is over by {@code today}: every stretch of the timeline
     * that needs one (PA-1, PA-2, PA-3) has ended, e.g. a young person who returned home for good
     * (CAT-4) or whose timeline ends. Nothing is due from then on.
     */
    public boolean dutyOver(YoungPersonFacts facts, LocalDate today) {
        for (CategorySegment segment : facts.timeline()) {
            if (segment.category() != null && segment.category().needsPersonalAdviser()
                    && (segment.until() == null || segment.until().isAfter(today))) {
                return false;
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
