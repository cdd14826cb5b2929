package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.leaver.access.CurrentCaller;
import org.leavingcare.leaver.access.Scope;
import org.leavingcare.leaver.feed.LeaverSnapshot;
import org.leavingcare.leaver.repository.Allocation;
import org.leavingcare.leaver.repository.AllocationRepository;
import org.leavingcare.leaver.repository.ContactRepository;
import org.leavingcare.leaver.repository.EntitlementsExplanationRepository;
import org.leavingcare.leaver.repository.YoungPerson;
import org.leavingcare.leaver.repository.YoungPersonFactsReader;
import org.leavingcare.leaver.repository.YoungPersonRepository;
import org.leavingcare.leaver.domain.AllocationClock;
import org.leavingcare.leaver.domain.CaseloadWeighting;
import org.leavingcare.leaver.domain.CategorySegment;
import org.leavingcare.leaver.domain.ContactClock;
import org.leavingcare.leaver.domain.ContactHistory;
import org.leavingcare.leaver.domain.EntitlementsClock;
import org.leavingcare.leaver.domain.YoungPersonFacts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Computes a young person's leaver snapshot and view from the stored facts and the policy clock. */
@ApplicationScoped
public class LeaverState {

    @Inject
    YoungPersonRepository youngPeople;

    @Inject
    AllocationRepository allocationRecords;

    @Inject
    ContactRepository contactRecords;

    @Inject
    EntitlementsExplanationRepository explanationRecords;

    @Inject
    YoungPersonFactsReader factsReader;

    @Inject
    Clock clock;

    @Inject
    AllocationClock allocationClock;

    @Inject
    ContactClock contactClock;

    @Inject
    EntitlementsClock entitlementsClock;

    @Inject
    CaseloadWeighting weighting;

    @Inject
    CurrentCaller caller;

    /**
     * {@code person} when the service knows them and they are in the caller's scope; otherwise the 404 of a
     * young person the service does not know (docs/access-and-audit.md: existence is not disclosed).
     */
    public YoungPerson visible(YoungPerson person, String caseRef) {
        if (person == null || !inScope(person)) {
            throw AllocationService.notKnown(caseRef);
        }
        return person;
    }

    /** Whether the caller of the current request may see {@code person}; the current adviser is read only if needed. */
    public boolean inScope(YoungPerson person) {
        Scope scope = caller.scope();
        if (scope.allows(new Scope.Facts(person.team, person.socialWorker, person.reviewingOfficer, null))) {
            return true;
        }
        return scope.dependsOnAdviser() && scope.allows(new Scope.Facts(person.team, person.socialWorker,
                person.reviewingOfficer, allocationRecords.current(person.caseRef).map(a -> a.adviserId).orElse(null)));
    }

    /** The caller's scope. */
    public Scope scope() {
        return caller.scope();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public YoungPersonFacts facts(YoungPerson p) {
        return factsReader.facts(p);
    }

    public int weight(YoungPerson p) {
        return weighting.weight(facts(p));
    }

    public LocalDate allocationDueOn(YoungPerson p) {
        return allocationClock.allocationDueOn(facts(p));
    }

    /** PA-3: the day the adviser duty ends, or {@code null} when the timeline sets none. */
    public LocalDate dutyEndsOn(YoungPerson p) {
        return allocationClock.dutyEndsOn(facts(p));
    }

    /** Everything the snapshot and the view need, read in a few queries. */
    record Reading(YoungPerson person, YoungPersonFacts facts, Optional<Allocation> current, ContactHistory contacts,
                   LocalDate entitlementsExplainedOn, LocalDate entitlementsDueBy) {
    }

    /**
     * PA-7 / PA-8: the start of the young person's unbroken run of advisers: the current allocation and each
     * one before it that ended on or after the next began (a transfer), or {@code null} without an adviser.
     */
    static LocalDate adviserSince(Allocation current, List<Allocation> history) {
        LocalDate since = current.startedOn;
        // history is latest start first
        for (Allocation a : history) {
            if (a == current || a.endedOn == null || !a.startedOn.isBefore(since)) {
                continue;
            }
            if (a.endedOn.isBefore(since)) {
                break;
            }
            since = a.startedOn;
        }
        return since;
    }

    Reading read(YoungPerson p) {
        List<Allocation> allocations = allocationRecords.history(p.caseRef);
        Optional<Allocation> current = allocations.stream().filter(a -> a.endedOn == null).findFirst();
        LocalDate lastSuccessful = contactRecords.lastSuccessful(p.caseRef);
        LocalDate lastFaceToFace = contactRecords.lastFaceToFace(p.caseRef);
        LocalDate lastVisit = p.councilAccommodationFrom == null ? null
                : contactRecords.lastVisitAtAccommodation(p.caseRef, p.councilAccommodationFrom);
        YoungPersonFacts facts = facts(p);
        ContactHistory history = new ContactHistory(current.map(c -> adviserSince(c, allocations)).orElse(null),
                lastSuccessful, lastFaceToFace, p.councilAccommodationFrom, lastVisit, p.planLastReviewOn,
                p.planNextReviewDue, allocationClock.dutyEndsOn(facts));
        // only an explanation the young person acknowledged counts (docs/change-feeds.md)
        LocalDate explained = explanationRecords.lastAcknowledged(p.caseRef);
        return new Reading(p, facts, current, history, explained, entitlementsClock.dueBy(facts));
    }

    public LeaverSnapshot snapshot(YoungPerson p) {
        return snapshot(read(p));
    }

    LeaverSnapshot snapshot(Reading r) {
        return new LeaverSnapshot(r.person().caseRef, r.person().team, r.person().allocationDueOn,
                r.current().map(a -> a.adviserId).orElse(null), r.current().map(a -> a.startedOn).orElse(null),
                r.contacts().lastSuccessfulContactOn(), r.contacts().lastFaceToFaceContactOn(),
                contactClock.contactDueBy(r.contacts()), contactClock.lostTouchAfter(r.contacts()),
                r.entitlementsExplainedOn(), r.entitlementsDueBy());
    }

    /** The view of a young person leaver-service knows; 404 otherwise. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS)
    public LeaverView view(String caseRef) {
        return view(visible(youngPeople.find(caseRef), caseRef));
    }

    /** The entity tag of a young person's circumstances; 404 if unknown. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS)
    public String circumstancesETag(String caseRef) {
        return visible(youngPeople.find(caseRef), caseRef).circumstancesETag();
    }

    public LeaverView view(YoungPerson p) {
        Reading r = read(p);
        LeaverSnapshot s = snapshot(r);
        LocalDate today = today();
        return new LeaverView(p.caseRef, p.team, CategorySegment.categoryOn(r.facts().timeline(), today),
                s.allocationDueOn(), allocationClock.status(r.facts(), s.allocationDueOn(), r.current().isPresent(), today),
                s.adviserId(), s.allocatedOn(), weighting.weight(r.facts()), s.lastSuccessfulContactOn(),
                s.lastFaceToFaceContactOn(), s.contactDueBy(), s.lostTouchAfter(),
                contactClock.status(r.contacts(), today), s.entitlementsExplainedOn(), s.entitlementsDueBy(),
                entitlementsClock.status(s.entitlementsDueBy(), s.entitlementsExplainedOn(), today),
                p.inCustody, p.parent, List.of(p.languages), p.councilAccommodationFrom, null);
    }
}
