package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.domain.AllocationClock;
import org.leavingcare.leaver.domain.CaseloadWeighting;
import org.leavingcare.leaver.domain.CategorySegment;
import org.leavingcare.leaver.domain.ContactClock;
import org.leavingcare.leaver.domain.EntitlementsClock;
import org.leavingcare.leaver.feed.LeaverSnapshot;
import org.leavingcare.leaver.feed.LeaverSnapshots;
import org.leavingcare.leaver.repository.YoungPerson;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A young person's leaving-care position: the leaver snapshot and the statuses as of today. */
@ApplicationScoped
@Transactional
public class LeaverPositionService {

    @Inject
    Clock clock;

    @Inject
    YoungPeopleInScope youngPeople;

    @Inject
    LeaverSnapshots snapshots;

    @Inject
    AllocationClock allocationClock;

    @Inject
    ContactClock contactClock;

    @Inject
    EntitlementsClock entitlementsClock;

    @Inject
    CaseloadWeighting weighting;

    /** The position of a young person in the caller's scope; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LeaverPosition position(String caseRef) {
        YoungPerson p = youngPeople.get(caseRef);
        LeaverSnapshots.Reading r = snapshots.read(p);
        LeaverSnapshot s = snapshots.snapshot(r);
        LocalDate today = LocalDate.now(clock);
        return new LeaverPosition(p.caseRef, p.team, CategorySegment.categoryOn(r.facts().timeline(), today),
                s.allocationDueOn(), allocationClock.status(r.facts(), s.allocationDueOn(), r.current().isPresent(), today),
                s.adviserId(), s.allocatedOn(), weighting.weight(r.facts()), s.lastSuccessfulContactOn(),
                s.lastFaceToFaceContactOn(), s.contactDueBy(), s.lostTouchAfter(),
                contactClock.status(r.contacts(), today), s.entitlementsExplainedOn(), s.entitlementsDueBy(),
                entitlementsClock.status(s.entitlementsDueBy(), s.entitlementsExplainedOn(), today),
                p.inCustody, p.parent, List.of(p.languages), p.councilAccommodationFrom);
    }
}
