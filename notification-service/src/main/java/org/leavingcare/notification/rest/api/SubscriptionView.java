package org.leavingcare.notification.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.notification.repository.Subscription;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as the API returns it. {@code secret} is present only in the answer to its creation;
 * it is never shown again.
 */
@Schema(name = "Subscription", example = """
        {"id": 12, "url": "https://cms.example.org/hooks/leaving-care", "eventTypes": ["alert.raised", "alert.escalated"],
         "filters": {"team": "north", "rule": null, "disabled": null, "uasc": true}, "description": "UASC team alerts",
         "status": "ACTIVE", "disabledReason": null, "failingSince": null,
         "createdAt": "2026-03-01T09:30:00Z", "updatedAt": "2026-03-01T09:30:00Z",
         "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}""")
public record SubscriptionView(
        long id, String url, List<EventType> eventTypes, SubscriptionFilters filters, String description,
        Subscription.Status status, String disabledReason, Instant failingSince, Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The signing secret (whsec_...), in the creation answer only") String secret) {

    public static SubscriptionView of(Subscription s) {
        return of(s, null);
    }

    public static SubscriptionView of(Subscription s, String secret) {
        SubscriptionFilters filters = new SubscriptionFilters(s.filterTeam, s.filterRule, s.filterDisabled, s.filterUasc);
        List<EventType> eventTypes = s.eventTypeWires().stream().map(w -> EventType.ofWire(w).orElseThrow()).toList();
        return new SubscriptionView(s.id, s.url, eventTypes, filters, s.description, s.status,
                s.disabledReason, s.failingSince, s.createdAt, s.updatedAt, secret);
    }
}
