package org.leavingcare.leaver.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.client.PathwayEvent;
import org.leavingcare.leaver.domain.AllocationClock;
import org.leavingcare.leaver.domain.YoungPersonFacts;
import org.leavingcare.leaver.repository.YoungPerson;
import org.leavingcare.leaver.repository.YoungPersonFactsReader;
import org.leavingcare.leaver.repository.YoungPersonRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Applies pathway-service events to the projection of young people. Every event carries the whole
 * snapshot, so applying is an upsert keyed by case reference, and only when the event is newer than
 * the one the row came from: replaying a batch changes nothing (docs/change-feeds.md).
 */
@ApplicationScoped
public class YoungPersonProjection {

    static final Set<String> TYPES = Set.of("young-person.upserted", "care-episodes.replaced",
            "immigration.updated", "adult-transition.updated", "change-of-circumstance.recorded");
    static final Set<String> TYPE_PREFIXES = Set.of("needs-assessment.", "pathway-plan.");

    @Inject
    YoungPersonRepository youngPeople;

    @Inject
    YoungPersonFactsReader factsReader;

    @Inject
    AllocationClock allocationClock;

    @Inject
    LeaverSnapshots snapshots;

    @Inject
    LeaverFeed feed;

    @Inject
    Clock clock;

    /** What applying one event did. */
    public enum Outcome { APPLIED, STALE, SKIPPED }

    static boolean known(String type) {
        return type != null && (TYPES.contains(type) || TYPE_PREFIXES.stream().anyMatch(type::startsWith));
    }

    /**
     * Each young person's leaver snapshot before a batch touches them, so that one event is published
     * per young person whose snapshot the batch changed: {@code allocation-due.changed} when the
     * allocation due date moved, {@code due-dates.changed} when only another date or the team did
     * (a new plan review date moves the contact due date, a corrected date of birth the entitlements one).
     * Publishing after every row lock of the batch is taken keeps the feed's advisory lock last, the
     * same order as every API transaction (row, then feed lock): no deadlock between them.
     */
    public static final class Batch {
        private final Map<String, Optional<LeaverSnapshot>> before = new LinkedHashMap<>();
    }

    /** Applies one event of a batch; call {@link #publishChanges(Batch)} after the last. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(PathwayEvent event, Batch batch) {
        if (!known(event.type())) {
            Log.debugf("pathway event %d of unknown type %s skipped", event.sequence(), event.type());
            return Outcome.SKIPPED;
        }
        JsonNode snapshot = event.data() == null ? null : event.data().get("youngPerson");
        String caseRef = snapshot == null ? null : snapshot.path("caseRef").asText(event.caseRef());
        if (snapshot == null || !snapshot.isObject() || caseRef == null || caseRef.isBlank() || caseRef.length() > 64) {
            Log.warnf("pathway event %d has no young person snapshot; skipped", event.sequence());
            return Outcome.SKIPPED;
        }
        YoungPerson person = youngPeople.lock(caseRef);
        if (person != null && event.sequence() <= person.sourceSequence) {
            return Outcome.STALE;
        }
        boolean created = person == null;
        if (!batch.before.containsKey(caseRef)) {
            batch.before.put(caseRef, Optional.ofNullable(created ? null : snapshots.snapshot(person)));
        }
        Instant now = Instant.now(clock);
        if (created) {
            person = new YoungPerson();
            person.caseRef = caseRef;
            person.projectedAt = now;
        }
        person.dateOfBirth = YoungPersonFactsReader.date(snapshot.get("dateOfBirth"));
        person.team = text(snapshot.get("team"), 64);
        // who may see the young person (docs/access-and-audit.md)
        person.socialWorker = id(snapshot.get("socialWorker"));
        person.reviewingOfficer = id(snapshot.get("reviewingOfficer"));
        person.disabled = snapshot.path("disabled").asBoolean(false);
        person.uasc = snapshot.path("uasc").asBoolean(false);
        person.complexNeeds = snapshot.path("complexNeeds").asBoolean(false);
        JsonNode timeline = snapshot.get("categoryTimeline");
        person.categoryTimeline = timeline != null && timeline.isArray() ? timeline.toString() : "[]";
        JsonNode plan = snapshot.get("pathwayPlan");
        person.planLastReviewOn = plan == null ? null : YoungPersonFactsReader.date(plan.get("lastReviewOn"));
        person.planNextReviewDue = plan == null ? null : YoungPersonFactsReader.date(plan.get("nextReviewDue"));
        person.sourceSequence = event.sequence();
        YoungPersonFacts facts = factsReader.facts(person);
        person.allocationDueOn = allocationClock.allocationDueOn(facts);
        person.adviserDutyEndsOn = allocationClock.dutyEndsOn(facts);
        person.projectedAt = now;
        person.updatedAt = now;
        if (created) {
            youngPeople.persist(person);
        }
        return Outcome.APPLIED;
    }

    /** Applies one event on its own (a batch of one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(PathwayEvent event) {
        Batch batch = new Batch();
        Outcome outcome = apply(event, batch);
        publishChanges(batch);
        return outcome;
    }

    /** Publishes one event for each young person whose leaver snapshot the batch changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishChanges(Batch batch) {
        for (Map.Entry<String, Optional<LeaverSnapshot>> entry : batch.before.entrySet()) {
            YoungPerson person = youngPeople.find(entry.getKey());
            LeaverSnapshot before = entry.getValue().orElse(null);
            LeaverSnapshot after = snapshots.snapshot(person);
            if (before == null || !Objects.equals(before.allocationDueOn(), after.allocationDueOn())) {
                Log.debugf("allocation due date of %s changed by pathway-service", person.caseRef);
                feed.publish(LeaverEventType.ALLOCATION_DUE_CHANGED, after);
            } else if (!before.equals(after)) {
                Log.debugf("due dates of %s changed by pathway-service", person.caseRef);
                feed.publish(LeaverEventType.DUE_DATES_CHANGED, after);
            }
        }
    }

    /** A user's id; one longer than a token subject can be (64) matches no one, so it is not kept cut down. */
    private static String id(JsonNode node) {
        String value = text(node, Integer.MAX_VALUE);
        return value == null || value.isEmpty() || value.length() > 64 ? null : value;
    }

    private static String text(JsonNode node, int max) {
        if (node == null || node.isNull() || !node.isTextual()) {
            return null;
        }
        String value = node.asText();
        return value.length() > max ? value.substring(0, max) : value;
    }
}
