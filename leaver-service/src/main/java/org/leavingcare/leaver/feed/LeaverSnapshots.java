package org.leavingcare.leaver.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.leaver.domain.AdviserRun;
import org.leavingcare.leaver.domain.AllocationClock;
import org.leavingcare.leaver.domain.ContactClock;
import org.leavingcare.leaver.domain.ContactHistory;
import org.leavingcare.leaver.domain.EntitlementsClock;
import org.leavingcare.leaver.domain.YoungPersonFacts;
import org.leavingcare.leaver.repository.Allocation;
import org.leavingcare.leaver.repository.AllocationRepository;
import org.leavingcare.leaver.repository.ContactRepository;
import org.leavingcare.leaver.repository.EntitlementsExplanationRepository;
import org.leavingcare.leaver.repository.YoungPerson;
import org.leavingcare.leaver.repository.YoungPersonFactsReader;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A young person's leaver snapshot, as every leaver event carries it: computed from the stored facts
 * and the domain clocks, in a few queries.
 */
@ApplicationScoped
public class LeaverSnapshots {

    @Inject
    AllocationRepository allocations;

    @Inject
    ContactRepository contacts;

    @Inject
    EntitlementsExplanationRepository explanations;

    @Inject
    YoungPersonFactsReader factsReader;

    @Inject
    AllocationClock allocationClock;

    @Inject
    ContactClock contactClock;

    @Inject
    EntitlementsClock entitlementsClock;

    /** Everything the snapshot (and the API's view of a young person) needs, read once. */
    public record Reading(YoungPerson person, YoungPersonFacts facts, Optional<Allocation> current,
                          ContactHistory contacts, LocalDate entitlementsExplainedOn, LocalDate entitlementsDueBy) {
    }

    public Reading read(YoungPerson p) {
        List<Allocation> history = allocations.history(p.caseRef);
        Optional<Allocation> current = history.stream().filter(a -> a.endedOn == null).findFirst();
        LocalDate lastSuccessful = contacts.lastSuccessful(p.caseRef);
        LocalDate lastFaceToFace = contacts.lastFaceToFace(p.caseRef);
        LocalDate lastVisit = p.councilAccommodationFrom == null ? null
                : contacts.lastVisitAtAccommodation(p.caseRef, p.councilAccommodationFrom);
        YoungPersonFacts facts = factsReader.facts(p);
        List<AdviserRun.AllocationSpan> spans = history.stream()
                .map(a -> new AdviserRun.AllocationSpan(a.startedOn, a.endedOn)).toList();
        ContactHistory contactHistory = new ContactHistory(
                current.map(c -> AdviserRun.since(c.startedOn, spans)).orElse(null),
                lastSuccessful, lastFaceToFace, p.councilAccommodationFrom, lastVisit, p.planLastReviewOn,
                p.planNextReviewDue, allocationClock.dutyEndsOn(facts));
        // only an explanation the young person acknowledged counts (docs/change-feeds.md)
        LocalDate explained = explanations.lastAcknowledged(p.caseRef);
        return new Reading(p, facts, current, contactHistory, explained, entitlementsClock.dueBy(facts));
    }

    public LeaverSnapshot snapshot(YoungPerson p) {
        return snapshot(read(p));
    }

    public LeaverSnapshot snapshot(Reading r) {
        return new LeaverSnapshot(r.person().caseRef, r.person().team, r.person().allocationDueOn,
                r.current().map(a -> a.adviserId).orElse(null), r.current().map(a -> a.startedOn).orElse(null),
                r.contacts().lastSuccessfulContactOn(), r.contacts().lastFaceToFaceContactOn(),
                contactClock.contactDueBy(r.contacts()), contactClock.lostTouchAfter(r.contacts()),
                r.entitlementsExplainedOn(), r.entitlementsDueBy());
    }
}
