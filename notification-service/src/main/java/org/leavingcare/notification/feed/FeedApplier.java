package org.leavingcare.notification.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.client.FeedClient;
import org.leavingcare.notification.client.FeedClient.Feed;
import org.leavingcare.notification.client.FeedPage;
import org.leavingcare.notification.client.LeaverSnapshot;
import org.leavingcare.notification.client.PathwaySnapshot;
import org.leavingcare.notification.config.FeedsConfig;
import org.leavingcare.notification.repository.FeedCursors;
import org.leavingcare.notification.repository.ProjectionStore;
import org.leavingcare.notification.repository.ProjectionStore.Sequenced;
import org.leavingcare.notification.service.AlertEvaluator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies one page of a change feed in one transaction, exactly as the contract says: lock the feed's
 * cursor row, fetch after the cursor, apply every event idempotently (an upsert kept only when the
 * event is newer than the row), re-evaluate the young people touched, store the new cursor.
 */
@ApplicationScoped
public class FeedApplier {

    /** The pathway-service event types whose {@code data.youngPerson} is applied (docs/change-feeds.md). */
    static final Set<String> PATHWAY_TYPES = Set.of(
            "young-person.upserted", "care-episodes.replaced", "immigration.updated", "adult-transition.updated",
            "needs-assessment.started", "needs-assessment.section-updated", "needs-assessment.completed",
            "change-of-circumstance.recorded",
            "pathway-plan.created", "pathway-plan.updated", "pathway-plan.agreed", "pathway-plan.young-person-responded",
            "pathway-plan.reviewed", "pathway-plan.iro-agreed", "pathway-plan.iro-challenged", "pathway-plan.disputed");


    @Inject
    FeedClient client;

    @Inject
    ProjectionStore projection;

    @Inject
    FeedCursors cursors;

    @Inject
    AlertEvaluator evaluator;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    FeedsConfig config;

    @Inject
    Clock clock;

    /** What one page did. */
    public record Applied(int events, boolean hasMore, long cursor) {
    }

    /** Applies the next page of {@code feed}, asked for with the batch's correlation id. */
    @Transactional
    public Applied applyNextPage(Feed feed, String correlationId) {
        try (Connection c = dataSource.getConnection()) {
            long cursor = cursors.lock(c, feed.cursor());
            FeedPage page = feed == Feed.PATHWAY
                    ? client.pathwayPage(cursor, config.pageSize(), correlationId)
                    : client.leaverPage(cursor, config.pageSize(), correlationId);
            if (page.events().isEmpty()) {
                return new Applied(0, false, cursor);
            }
            Set<String> touched = new LinkedHashSet<>();
            List<Sequenced<PathwaySnapshot>> people = new ArrayList<>();
            List<Sequenced<LeaverSnapshot>> leavers = new ArrayList<>();
            int skipped = 0;
            for (FeedPage.Event event : page.events()) {
                if (event.sequence() <= cursor) {
                    continue;
                }
                if (feed == Feed.PATHWAY && PATHWAY_TYPES.contains(event.type())) {
                    PathwaySnapshot snapshot = snapshot(event, "youngPerson", PathwaySnapshot.class);
                    people.add(new Sequenced<>(event.caseRef(), event.sequence(), snapshot));
                    touched.add(event.caseRef());
                } else if (feed == Feed.LEAVER && hasSnapshot(event, "leaver")) {
                    // the contract: data.leaver is applied from every leaver event, whatever its type
                    LeaverSnapshot snapshot = snapshot(event, "leaver", LeaverSnapshot.class);
                    leavers.add(new Sequenced<>(event.caseRef(), event.sequence(), snapshot));
                    touched.add(event.caseRef());
                } else {
                    // unknown types are skipped so producers can add them; the cursor still advances
                    skipped++;
                }
            }
            if (!people.isEmpty()) {
                projection.upsertYoungPeople(c, people);
            }
            if (!leavers.isEmpty()) {
                projection.upsertLeavers(c, leavers);
            }
            evaluator.evaluate(touched, LocalDate.now(clock));
            long last = Math.max(cursor, page.lastSequence());
            cursors.store(c, feed.cursor(), last);
            Log.debugf("Applied %d events of the %s feed (%d skipped), cursor %d", page.events().size(), feed.cursor(),
                    skipped, last);
            return new Applied(page.events().size(), page.hasMore(), last);
        } catch (SQLException e) {
            throw new IllegalStateException("could not apply the " + feed.cursor() + " feed", e);
        }
    }

    private static boolean hasSnapshot(FeedPage.Event event, String field) {
        return event.data() != null && event.data().hasNonNull(field);
    }

    private <T> T snapshot(FeedPage.Event event, String field, Class<T> type) {
        JsonNode node = event.data() == null ? null : event.data().get(field);
        if (event.caseRef() == null || node == null || node.isNull()) {
            throw new IllegalStateException("event " + event.sequence() + " of type " + event.type() + " has no " + field);
        }
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.sequence() + " does not match the contract", e);
        }
    }

    /** Where this service has got to in a feed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long cursor(Feed feed) {
        return cursors.cursor(feed.cursor());
    }
}
