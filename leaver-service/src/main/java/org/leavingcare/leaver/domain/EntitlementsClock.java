package org.leavingcare.leaver.domain;

import java.time.LocalDate;

/**
 * FIN-5 (the local offer for care leavers): by when a care leaver must have had the local offer and their
 * rights explained: the configured age (default 17) [L] (local policy: FIN-5 obliges the authority to
 * publish the offer and sets no age), or the day they become a care leaver if that is later. Only for
 * young people whose timeline makes them a care leaver (rules.md §1). Only an explanation the young
 * person acknowledged counts as explained.
 */
public final class EntitlementsClock {

    private final LeaverPolicy policy;

    public EntitlementsClock(LeaverPolicy policy) {
        this.policy = policy;
    }

    public LocalDate dueBy(YoungPersonFacts facts) {
        if (facts.dateOfBirth() == null) {
            return null;
        }
        LocalDate firstCareLeaverDay = null;
        for (CategorySegment segment : facts.timeline()) {
            if (segment.category() != null && segment.category().isCareLeaver() && segment.from() != null
                    && (firstCareLeaverDay == null || segment.from().isBefore(firstCareLeaverDay))) {
                firstCareLeaverDay = segment.from();
            }
        }
        if (firstCareLeaverDay == null) {
            return null;
        }
        LocalDate byAge = Ages.reaching(facts.dateOfBirth(), policy.entitlementsAge(), policy.leapDayBirthdays());
        return byAge.isAfter(firstCareLeaverDay) ? byAge : firstCareLeaverDay;
    }

    public EntitlementsStatus status(LocalDate dueBy, LocalDate explainedOn, LocalDate today) {
        if (explainedOn != null) {
            return EntitlementsStatus.EXPLAINED;
        }
        if (dueBy == null || today.isBefore(dueBy.minus(policy.dueSoon()))) {
            return EntitlementsStatus.NOT_DUE;
        }
        return today.isAfter(dueBy) ? EntitlementsStatus.OVERDUE : EntitlementsStatus.DUE_SOON;
    }
}
