package org.leavingcare.pathway.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the change feed: {@code lastSequence} is the consumer's next cursor. */
@Schema(name = "FeedPage", example = "{\"events\": [], \"lastSequence\": 41, \"hasMore\": false}")
public record FeedPage(List<FeedEvent> events, long lastSequence, boolean hasMore) {
}
