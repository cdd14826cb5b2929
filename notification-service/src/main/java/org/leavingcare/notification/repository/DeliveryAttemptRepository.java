package org.leavingcare.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every HTTP attempt at a delivery ({@code webhook_attempt}). */
@ApplicationScoped
public class DeliveryAttemptRepository {

    public void add(DeliveryAttempt attempt) {
        attempt.persist();
    }

    /** The attempts at each of these deliveries, in the order they were made; deliveries without any are absent. */
    public Map<Long, List<DeliveryAttempt>> byDelivery(List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        List<DeliveryAttempt> all = DeliveryAttempt.list("deliveryId in ?1 order by id", deliveryIds);
        return all.stream().collect(Collectors.groupingBy(a -> a.deliveryId));
    }
}
