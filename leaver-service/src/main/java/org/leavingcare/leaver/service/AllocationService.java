package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.audit.AuditLog;
import org.leavingcare.leaver.feed.LeaverEventType;
import org.leavingcare.leaver.feed.LeaverFeed;
import org.leavingcare.leaver.feed.LeaverSnapshot;
import org.leavingcare.leaver.repository.Allocation;
import org.leavingcare.leaver.repository.AllocationRepository;
import org.leavingcare.leaver.repository.PersonalAdviser;
import org.leavingcare.leaver.repository.PersonalAdviserRepository;
import org.leavingcare.leaver.repository.YoungPerson;
import org.leavingcare.leaver.repository.YoungPersonRepository;
import org.leavingcare.leaver.domain.AdviserRanking;
import org.leavingcare.leaver.domain.AllocationClock;
import org.leavingcare.leaver.domain.CategorySegment;
import org.leavingcare.leaver.domain.LeaverPolicy;
import org.leavingcare.leaver.domain.YoungPersonFacts;
import org.leavingcare.leaver.problem.ApiProblem;
import org.leavingcare.leaver.rest.api.AllocationEndInput;
import org.leavingcare.leaver.rest.api.AllocationInput;
import org.leavingcare.leaver.rest.api.AllocationView;
import org.leavingcare.leaver.rest.api.DueAllocation;
import org.leavingcare.leaver.rest.api.PersonalAdviserPosition;
import org.leavingcare.leaver.rest.api.Recommendations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Allocation of personal advisers (rules.md PA-1, PA-2, PA-3, PA-9), transfers and recommendations. */
@ApplicationScoped
public class AllocationService {

    @Inject
    YoungPersonRepository youngPeople;

    @Inject
    AllocationRepository allocationRecords;

    @Inject
    PersonalAdviserRepository adviserRecords;

    @Inject
    Clock clock;

    @Inject
    LeaverState state;

    @Inject
    LeaverFeed feed;

    @Inject
    AdviserService advisers;

    @Inject
    AllocationClock allocationClock;

    @Inject
    AdviserRanking ranking;

    @Inject
    LeaverPolicy policy;

    @Inject
    AuditLog audit;

    /**
     * The young person, locked for the rest of the transaction; 404 if pathway-service has not published them
     * or they are not in the caller's scope (the same answer: existence is not disclosed).
     */
    YoungPerson lockYoungPerson(String caseRef) {
        return state.visible(youngPeople.lock(caseRef), caseRef);
    }

    static ApiProblem notKnown(String caseRef) {
        return ApiProblem.notFound("No young person with case reference " + caseRef
                + " has reached leaver-service from pathway-service's change feed");
    }

    /** The young person; 404 if pathway-service has not published them or they are not in the caller's scope. */
    YoungPerson youngPerson(String caseRef) {
        return state.visible(youngPeople.find(caseRef), caseRef);
    }

    /** The earliest day any input date may carry. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** The latest day a query bound may carry. */
    public static final LocalDate LATEST_QUERY_BOUND = LocalDate.of(9999, 12, 31);

    /** {@code day}, or today when absent; 422 naming the field if after today or before 1900-01-01. */
    static LocalDate notInFuture(LocalDate day, LocalDate today, String field) {
        if (day == null) {
            return today;
        }
        if (day.isAfter(today)) {
            throw ApiProblem.unprocessable(field, "must not be after today (" + today + ")");
        }
        if (day.isBefore(EARLIEST)) {
            throw ApiProblem.unprocessable(field, "must not be before " + EARLIEST);
        }
        return day;
    }

    /** 422 naming the field if {@code day} is before the young person's date of birth. */
    static void notBeforeBirth(YoungPerson person, LocalDate day, String field) {
        if (day != null && person.dateOfBirth != null && day.isBefore(person.dateOfBirth)) {
            throw ApiProblem.unprocessable(field, "must not be before the young person's date of birth");
        }
    }

    /** The outcome of an allocation: the new allocation and, for a transfer, the one it ended. */
    public record Allocated(Allocation allocation, Allocation ended) {
    }

    @Transactional
    public Allocated allocate(String caseRef, AllocationInput input, String user, boolean mayOverride) {
        LocalDate today = state.today();
        LocalDate startedOn = notInFuture(input.startedOn(), today, "startedOn");
        boolean override = Boolean.TRUE.equals(input.override());
        if (override && (input.overrideReason() == null || input.overrideReason().isBlank())) {
            throw ApiProblem.unprocessable("overrideReason", "is required when override is true");
        }
        if (override && !mayOverride) {
            throw ApiProblem.forbidden("Only a manager may allocate over an adviser's capacity (override)");
        }
        YoungPerson person = lockYoungPerson(caseRef);
        notBeforeBirth(person, startedOn, "startedOn");
        PersonalAdviser adviser = adviserRecords.lock(input.adviserId());
        if (adviser == null) {
            throw ApiProblem.unprocessable("adviserId", "names no personal adviser (" + input.adviserId() + ")");
        }
        if (!adviser.active) {
            throw ApiProblem.conflict("Personal adviser " + adviser.id + " is inactive and cannot take a young person");
        }
        Optional<Allocation> current = allocationRecords.current(caseRef);
        if (current.isPresent()) {
            Allocation previous = current.get();
            if (previous.adviserId.equals(adviser.id)) {
                throw ApiProblem.conflict(caseRef + " is already allocated to " + adviser.id + " since " + previous.startedOn);
            }
            if (input.reason() == null || input.reason().isBlank()) {
                throw ApiProblem.unprocessable("reason", "is required to transfer from adviser " + previous.adviserId);
            }
            if (startedOn.isBefore(previous.startedOn)) {
                throw ApiProblem.unprocessable("startedOn", "must not be before the current allocation started ("
                        + previous.startedOn + ")");
            }
        }
        int weight = state.weight(person);
        int load = advisers.caseloadWeight(adviser.id);
        boolean overCapacity = load + weight > adviser.capacity;
        if (overCapacity && !override) {
            throw ApiProblem.conflict("Allocating " + caseRef + " (weight " + weight + ") to " + adviser.id
                    + " would take the caseload to " + (load + weight) + " of " + adviser.capacity
                    + " weighted points; send override true with an overrideReason to allocate anyway");
        }
        Allocation ended = null;
        LeaverSnapshot afterEnding = null;
        if (current.isPresent()) {
            ended = current.get();
            ended.endedOn = startedOn;
            ended.endReason = input.reason();
            ended.endedBy = user;
            allocationRecords.flush();
            afterEnding = state.snapshot(person);
        }
        Allocation allocation = new Allocation();
        allocation.caseRef = caseRef;
        allocation.adviserId = adviser.id;
        allocation.startedOn = startedOn;
        allocation.overCapacity = overCapacity;
        allocation.overrideReason = overCapacity ? input.overrideReason() : null;
        allocation.allocatedBy = user;
        allocation.createdAt = Instant.now(clock);
        allocationRecords.persist(allocation);
        allocationRecords.flush();
        LeaverSnapshot afterStarting = state.snapshot(person);
        audit.written(caseRef);
        // the events last, so the feed lock is held only to commit
        if (afterEnding != null) {
            feed.publish(LeaverEventType.ALLOCATION_ENDED, afterEnding);
        }
        feed.publish(LeaverEventType.ALLOCATION_STARTED, afterStarting);
        return new Allocated(allocation, ended);
    }

    @Transactional
    public Allocation end(String caseRef, AllocationEndInput input, String user) {
        LocalDate endedOn = notInFuture(input.endedOn(), state.today(), "endedOn");
        YoungPerson person = lockYoungPerson(caseRef);
        Allocation current = allocationRecords.current(caseRef)
                .orElseThrow(() -> ApiProblem.conflict(caseRef + " has no personal adviser allocated"));
        if (endedOn.isBefore(current.startedOn)) {
            throw ApiProblem.unprocessable("endedOn", "must not be before the allocation started (" + current.startedOn + ")");
        }
        current.endedOn = endedOn;
        current.endReason = input.reason();
        current.endedBy = user;
        allocationRecords.flush();
        audit.written(caseRef);
        feed.publish(LeaverEventType.ALLOCATION_ENDED, state.snapshot(person));
        return current;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonalAdviserPosition position(String caseRef) {
        YoungPerson person = youngPerson(caseRef);
        List<AllocationView> history = allocationRecords.history(caseRef).stream().map(AllocationView::of).toList();
        AllocationView current = history.stream().filter(a -> a.endedOn() == null).findFirst().orElse(null);
        return new PersonalAdviserPosition(caseRef, person.allocationDueOn,
                allocationClock.status(state.facts(person), person.allocationDueOn, current != null, state.today()),
                current, history);
    }

    /** A page of the due list and how many young people in the caller's scope match the filter. */
    public record DuePage(List<DueAllocation> items, long total) {
    }

    /**
     * Young people in the caller's scope without an adviser whose allocation is due on or before
     * {@code before}, most urgent first; the scope is part of the query, so {@code total} and every
     * filter count in-scope young people only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DuePage due(LocalDate before, String team, int limit, int offset) {
        LocalDate today = state.today();
        LocalDate until = before != null ? before : today.plus(policy.dueSoon());
        YoungPersonRepository.DueRows rows = youngPeople.dueForAllocation(state.scope(), until, today, team, limit, offset);
        List<DueAllocation> due = new ArrayList<>();
        for (YoungPerson p : rows.youngPeople()) {
            YoungPersonFacts facts = state.facts(p);
            if (p.adviserDutyEndsOn == null && allocationClock.dutyOver(facts, today)) {
                // only a row projected before adviser_duty_ends_on existed (V4) gets here; its next event fills it
                continue;
            }
            due.add(new DueAllocation(p.caseRef, p.team, CategorySegment.categoryOn(facts.timeline(), today),
                    p.allocationDueOn, allocationClock.status(p.allocationDueOn, false, today), state.weight(p)));
        }
        return new DuePage(due, rows.total());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Recommendations recommendations(String caseRef) {
        YoungPerson person = youngPerson(caseRef);
        YoungPersonFacts facts = state.facts(person);
        int weight = state.weight(person);
        List<Allocation> history = allocationRecords.history(caseRef);
        // allocating the current adviser again is a 409: leave them out; continuity only for ended allocations
        String currentAdviser = history.stream().filter(a -> a.endedOn == null).map(a -> a.adviserId).findFirst()
                .orElse(null);
        Set<String> previous = history.stream().filter(a -> a.endedOn != null).map(a -> a.adviserId)
                .collect(Collectors.toSet());
        Map<String, Integer> loads = advisers.caseloadWeights();
        List<PersonalAdviser> active = adviserRecords.active();
        Map<String, PersonalAdviser> byId = new HashMap<>();
        List<AdviserRanking.Candidate> candidates = new ArrayList<>();
        for (PersonalAdviser a : active) {
            if (a.id.equals(currentAdviser)) {
                continue;
            }
            byId.put(a.id, a);
            candidates.add(new AdviserRanking.Candidate(a.id, a.team, a.capacity, loads.getOrDefault(a.id, 0),
                    List.of(a.languages), List.of(a.specialisms), previous.contains(a.id)));
        }
        List<Recommendations.Ranked> ranked = ranking.rank(facts, weight, candidates).stream()
                .map(r -> new Recommendations.Ranked(r.rank(), r.adviserId(), byId.get(r.adviserId()).team, r.score(),
                        r.remainingCapacityAfter(), r.withinCapacity(), r.reasons()))
                .toList();
        return new Recommendations(caseRef, weight, List.copyOf(AdviserRanking.neededSpecialisms(facts)), ranked);
    }
}
