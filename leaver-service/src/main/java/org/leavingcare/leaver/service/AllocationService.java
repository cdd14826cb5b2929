package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.audit.AuditLog;
import org.leavingcare.leaver.domain.AllocationClock;
import org.leavingcare.leaver.domain.AllocationStatus;
import org.leavingcare.leaver.domain.CaseloadWeighting;
import org.leavingcare.leaver.feed.LeaverEventType;
import org.leavingcare.leaver.feed.LeaverFeed;
import org.leavingcare.leaver.feed.LeaverSnapshot;
import org.leavingcare.leaver.feed.LeaverSnapshots;
import org.leavingcare.leaver.problem.ApiProblem;
import org.leavingcare.leaver.repository.Allocation;
import org.leavingcare.leaver.repository.AllocationRepository;
import org.leavingcare.leaver.repository.PersonalAdviser;
import org.leavingcare.leaver.repository.PersonalAdviserRepository;
import org.leavingcare.leaver.repository.YoungPerson;
import org.leavingcare.leaver.repository.YoungPersonFactsReader;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Allocation of personal advisers (rules.md PA-1, PA-2, PA-3, PA-9), transfers and endings. */
@ApplicationScoped
@Transactional
public class AllocationService {

    @Inject
    Clock clock;

    @Inject
    YoungPeopleInScope youngPeople;

    @Inject
    AllocationRepository allocations;

    @Inject
    PersonalAdviserRepository advisers;

    @Inject
    CaseloadService caseloads;

    @Inject
    YoungPersonFactsReader factsReader;

    @Inject
    CaseloadWeighting weighting;

    @Inject
    AllocationClock allocationClock;

    @Inject
    LeaverSnapshots snapshots;

    @Inject
    LeaverFeed feed;

    @Inject
    AuditLog audit;

    /**
     * An allocation (or a transfer) asked for: {@code startedOn} defaults to today, {@code reason} is
     * required to transfer, {@code override} (with a reason) allocates beyond the adviser's capacity.
     */
    public record NewAllocation(String adviserId, LocalDate startedOn, String reason, Boolean override,
                                String overrideReason) {
    }

    /** The outcome of an allocation: the new allocation and, for a transfer, the one it ended. */
    public record Allocated(Allocation allocation, Allocation ended) {
    }

    /** A young person's current adviser, the allocation status and the whole history (latest start first). */
    public record Position(String caseRef, LocalDate allocationDueOn, AllocationStatus allocationStatus,
                           Allocation current, List<Allocation> history) {
    }

    public Allocated allocate(String caseRef, NewAllocation input, String user, boolean mayOverride) {
        LocalDate today = LocalDate.now(clock);
        LocalDate startedOn = InputDates.notInFuture(input.startedOn(), today, "startedOn");
        boolean override = Boolean.TRUE.equals(input.override());
        if (override && (input.overrideReason() == null || input.overrideReason().isBlank())) {
            throw ApiProblem.unprocessable("overrideReason", "is required when override is true");
        }
        if (override && !mayOverride) {
            throw ApiProblem.forbidden("Only a manager may allocate over an adviser's capacity (override)");
        }
        YoungPerson person = youngPeople.lock(caseRef);
        InputDates.notBeforeBirth(person, startedOn, "startedOn");
        PersonalAdviser adviser = advisers.lock(input.adviserId());
        if (adviser == null) {
            throw ApiProblem.unprocessable("adviserId", "names no personal adviser (" + input.adviserId() + ")");
        }
        if (!adviser.active) {
            throw ApiProblem.conflict("Personal adviser " + adviser.id + " is inactive and cannot take a young person");
        }
        Optional<Allocation> current = allocations.current(caseRef);
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
        int weight = weighting.weight(factsReader.facts(person));
        int load = caseloads.caseloadWeight(adviser.id);
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
            allocations.flush();
            afterEnding = snapshots.snapshot(person);
        }
        Allocation allocation = new Allocation();
        allocation.caseRef = caseRef;
        allocation.adviserId = adviser.id;
        allocation.startedOn = startedOn;
        allocation.overCapacity = overCapacity;
        allocation.overrideReason = overCapacity ? input.overrideReason() : null;
        allocation.allocatedBy = user;
        allocation.createdAt = Instant.now(clock);
        allocations.persist(allocation);
        allocations.flush();
        LeaverSnapshot afterStarting = snapshots.snapshot(person);
        audit.written(caseRef);
        // the events last, so the feed lock is held only to commit
        if (afterEnding != null) {
            feed.publish(LeaverEventType.ALLOCATION_ENDED, afterEnding);
        }
        feed.publish(LeaverEventType.ALLOCATION_STARTED, afterStarting);
        return new Allocated(allocation, ended);
    }

    /** Ends the current allocation on {@code endedOn} (today when absent) with the reason (PA-3). */
    public Allocation end(String caseRef, LocalDate endedOn, String reason, String user) {
        LocalDate endsOn = InputDates.notInFuture(endedOn, LocalDate.now(clock), "endedOn");
        YoungPerson person = youngPeople.lock(caseRef);
        Allocation current = allocations.current(caseRef)
                .orElseThrow(() -> ApiProblem.conflict(caseRef + " has no personal adviser allocated"));
        if (endsOn.isBefore(current.startedOn)) {
            throw ApiProblem.unprocessable("endedOn", "must not be before the allocation started (" + current.startedOn + ")");
        }
        current.endedOn = endsOn;
        current.endReason = reason;
        current.endedBy = user;
        allocations.flush();
        audit.written(caseRef);
        feed.publish(LeaverEventType.ALLOCATION_ENDED, snapshots.snapshot(person));
        return current;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Position position(String caseRef) {
        YoungPerson person = youngPeople.get(caseRef);
        List<Allocation> history = allocations.history(caseRef);
        Allocation current = history.stream().filter(a -> a.endedOn == null).findFirst().orElse(null);
        return new Position(caseRef, person.allocationDueOn,
                allocationClock.status(factsReader.facts(person), person.allocationDueOn, current != null,
                        LocalDate.now(clock)),
                current, history);
    }
}
