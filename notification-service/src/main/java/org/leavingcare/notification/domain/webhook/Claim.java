package org.leavingcare.notification.domain.webhook;

import java.util.List;
import java.util.UUID;

/**
 * A delivery a worker has reserved until its lease ends: everything needed to send it without touching
 * the database. {@code token} proves, when the outcome is recorded, that the lease was not lost.
 */
public record Claim(long deliveryId, UUID token, int attempt, long subscriptionId, String url, String webhookId,
                    String payload, List<String> secrets) {

    @Override
    public String toString() {
        // never print the payload or the secrets
        return "Claim[delivery=" + deliveryId + ", attempt=" + attempt + ", subscription=" + subscriptionId + "]";
    }
}
