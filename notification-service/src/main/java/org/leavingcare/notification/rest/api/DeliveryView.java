package org.leavingcare.notification.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.notification.repository.Delivery;
import org.leavingcare.notification.repository.DeliveryAttempt;
import org.leavingcare.notification.service.webhook.DeliveryHistory;

import java.time.Instant;
import java.util.List;

/** A delivery and every attempt at it. */
@Schema(name = "Delivery", example = """
        {"id": 301, "subscriptionId": 12, "webhookId": "0b6f2d1e-7c1a-4f0e-9a47-2f3c5d6e7f80", "eventSequence": 4021,
         "eventType": "alert.raised", "status": "DELIVERED", "attemptCount": 2, "nextAttemptAt": null,
         "deliveredAt": "2026-03-01T09:31:05Z", "lastStatusCode": 204, "lastError": null,
         "attempts": [{"attempt": 1, "at": "2026-03-01T09:31:00Z", "statusCode": 503, "latencyMs": 41, "outcome": "FAILURE", "error": "HTTP 503"},
                      {"attempt": 2, "at": "2026-03-01T09:31:05Z", "statusCode": 204, "latencyMs": 38, "outcome": "SUCCESS", "error": null}]}""")
public record DeliveryView(long id, long subscriptionId, String webhookId, long eventSequence, String eventType,
                           Delivery.Status status, int attemptCount, Instant nextAttemptAt, Instant deliveredAt,
                           Integer lastStatusCode, String lastError, List<Attempt> attempts) {

    /** One HTTP attempt: when, the status code answered (null for none), latency, outcome and error. */
    @Schema(name = "DeliveryAttempt")
    public record Attempt(int attempt, Instant at, Integer statusCode, long latencyMs, String outcome, String error) {
        public static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.attemptNo, a.attemptedAt, a.statusCode, a.latencyMs, a.outcome, a.error);
        }
    }

    /** A delivery and its attempts, as the service found them. */
    public static DeliveryView of(DeliveryHistory.Entry entry) {
        return of(entry.delivery(), entry.attempts());
    }

    public static DeliveryView of(Delivery d, List<DeliveryAttempt> attempts) {
        return new DeliveryView(d.id, d.subscriptionId, d.webhookId, d.eventSequence, d.eventType, d.status,
                d.attemptCount, d.status == Delivery.Status.PENDING ? d.nextAttemptAt : null, d.deliveredAt,
                d.lastStatusCode, d.lastError, attempts.stream().map(Attempt::of).toList());
    }

    /** A page of deliveries in id order; pass {@code lastId} as {@code after} for the next. */
    @Schema(name = "DeliveryPage")
    public record Page(List<DeliveryView> deliveries, long lastId, boolean hasMore) {
        public static Page of(DeliveryHistory.Listing listing) {
            return new Page(listing.entries().stream().map(DeliveryView::of).toList(), listing.lastId(),
                    listing.hasMore());
        }
    }
}
