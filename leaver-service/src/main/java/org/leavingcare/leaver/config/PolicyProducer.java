package org.leavingcare.leaver.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.leavingcare.leaver.domain.AdviserRanking;
import org.leavingcare.leaver.domain.AllocationClock;
import org.leavingcare.leaver.domain.CaseloadWeighting;
import org.leavingcare.leaver.domain.ContactClock;
import org.leavingcare.leaver.domain.EntitlementsClock;
import org.leavingcare.leaver.domain.LeaverPolicy;

/** The plain-Java policy classes, built once from configuration. */
@ApplicationScoped
public class PolicyProducer {

    @Produces
    @Singleton
    LeaverPolicy policy(SuiteConfig config) {
        SuiteConfig.Policy p = config.policy();
        SuiteConfig.Weights w = p.weights();
        SuiteConfig.Ranking r = p.ranking();
        return new LeaverPolicy(p.allocationAge(), p.earlyAllocationAge(), p.dueSoon(), p.leapDayBirthdays(),
                p.contactInterval(), p.councilAccommodationFirstVisit(), p.councilAccommodationVisitInterval(),
                p.lostTouchAfter(), p.entitlementsAge(),
                new LeaverPolicy.Weights(w.base(), w.complexNeeds(), w.disability(), w.uasc(), w.custody(), w.parenthood()),
                new LeaverPolicy.RankingPoints(r.continuity(), r.specialism(), r.team(), r.language()));
    }

    @Produces
    @Singleton
    AllocationClock allocationClock(LeaverPolicy policy) {
        return new AllocationClock(policy);
    }

    @Produces
    @Singleton
    ContactClock contactClock(LeaverPolicy policy) {
        return new ContactClock(policy);
    }

    @Produces
    @Singleton
    EntitlementsClock entitlementsClock(LeaverPolicy policy) {
        return new EntitlementsClock(policy);
    }

    @Produces
    @Singleton
    CaseloadWeighting caseloadWeighting(LeaverPolicy policy) {
        return new CaseloadWeighting(policy);
    }

    @Produces
    @Singleton
    AdviserRanking adviserRanking(LeaverPolicy policy) {
        return new AdviserRanking(policy);
    }
}
