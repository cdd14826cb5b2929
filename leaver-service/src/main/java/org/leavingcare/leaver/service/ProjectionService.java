package org.leavingcare.leaver.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.client.PathwayEvent;
import org.leavingcare.leaver.feed.LeaverEventType;
import org.leavingcare.leaver.feed.LeaverFeed;
import org.leavingcare.leaver.model.YoungPerson;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Applies pathway-service events to the projection of young people. Every event carries the whole
 * snapshot, so applying is an upsert keyed by case reference, and only when the event is newer than
 * the one the row came from: replaying a batch changes nothing (docs/change-feeds.md).
 */
@ApplicationScoped
public class ProjectionService {

    static final Set<String> TYPES = Set.of("young-person.upserted", "care-episodes.replaced",
            "immigration.updated", "adult-transition.updated", "change-of-circumstance.recorded");
    static final Set<String> TYPE_PREFIXES = Set.of("needs-assessment.", "pathway-plan.");

    @Inject
    EntityManager em;

    @Inject
    LeaverState state;

    @Inject
    LeaverFeed feed;

    @Inject
    Clock clock;

    /** What applying one event did. */
    public enum Outcome { APPLIED, STALE, SKIPPED }

    static boolean known(String type) {
        return type != null && (TYPES.contains(type) || TYPE_PREFIXES.stream().anyMatch(type::startsWith));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(PathwayEvent event) {
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
        YoungPerson person = em.find(YoungPerson.class, caseRef, LockModeType.PESSIMISTIC_WRITE);
        if (person != null && event.sequence() <= person.sourceSequence) {
            return Outcome.STALE;
        }
        boolean created = person == null;
        Instant now = Instant.now(clock);
        if (created) {
            person = new YoungPerson();
            person.caseRef = caseRef;
            person.projectedAt = now;
        }
        LocalDate dueBefore = person.allocationDueOn;
        person.dateOfBirth = LeaverState.date(snapshot.get("dateOfBirth"));
        person.team = text(snapshot.get("team"), 64);
        person.disabled = snapshot.path("disabled").asBoolean(false);
        person.uasc = snapshot.path("uasc").asBoolean(false);
        person.complexNeeds = snapshot.path("complexNeeds").asBoolean(false);
        JsonNode timeline = snapshot.get("categoryTimeline");
        person.categoryTimeline = timeline != null && timeline.isArray() ? timeline.toString() : "[]";
        person.sourceSequence = event.sequence();
        person.allocationDueOn = state.allocationDueOn(person);
        person.projectedAt = now;
        person.updatedAt = now;
        if (created) {
            em.persist(person);
        }
        if (!Objects.equals(dueBefore, person.allocationDueOn)) {
            Log.debugf("allocation due date of %s changed by pathway event %d", caseRef, event.sequence());
            feed.publish(LeaverEventType.ALLOCATION_DUE_CHANGED, state.snapshot(person));
        }
        return Outcome.APPLIED;
    }

    private static String text(JsonNode node, int max) {
        if (node == null || node.isNull() || !node.isTextual()) {
            return null;
        }
        String value = node.asText();
        return value.length() > max ? value.substring(0, max) : value;
    }
}
