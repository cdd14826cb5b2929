package org.leavingcare.notification.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every resource method is either {@link Audited} or listed here as not touching a child's data, so a
 * new endpoint without an audit operation shows up in review.
 */
class EveryEndpointIsAuditedTest {

    /** Staff-facing configuration, no child's data: the rules catalogue, webhook subscriptions and their deliveries. */
    static final Set<String> NOT_CHILDREN_DATA = Set.of(
            "RulesResource.list", "RulesResource.get",
            "SubscriptionsResource.create", "SubscriptionsResource.list", "SubscriptionsResource.get",
            "SubscriptionsResource.pause", "SubscriptionsResource.resume", "SubscriptionsResource.delete",
            "SubscriptionsResource.rotate",
            // a delivery shows its event type, sequence and HTTP outcomes, never the payload
            "SubscriptionsResource.deliveries");

    @Test
    void everyResourceMethodIsAuditedOrListedAsNotTouchingAChildsData() throws Exception {
        List<String> unaudited = new ArrayList<>();
        List<String> audited = new ArrayList<>();
        for (Class<?> resource : resources()) {
            for (Method m : resource.getDeclaredMethods()) {
                boolean endpoint = Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)
                        .anyMatch(m::isAnnotationPresent);
                if (!endpoint) {
                    continue;
                }
                String name = resource.getSimpleName() + "." + m.getName();
                assertTrue(m.isAnnotationPresent(RolesAllowed.class) || resource.isAnnotationPresent(RolesAllowed.class),
                        name + " has no @RolesAllowed");
                if (m.isAnnotationPresent(Audited.class)) {
                    audited.add(name + "=" + m.getAnnotation(Audited.class).value());
                } else if (!NOT_CHILDREN_DATA.contains(name)) {
                    unaudited.add(name);
                }
            }
        }
        assertEquals(List.of(), unaudited, "resource methods with neither @Audited nor a place in NOT_CHILDREN_DATA");
        assertTrue(audited.containsAll(List.of("AlertsResource.list=alerts.list", "AlertsResource.get=alert.read",
                "AlertsResource.summary=alerts.summary", "AlertsResource.acknowledge=alert.acknowledge",
                "NotificationsResource.notifications=notifications.read",
                "AuditEventsResource.list=audit-events.read", "DeliveriesResource.redeliver=delivery.redeliver")), audited.toString());
    }

    /** Every class of the service's main code with a JAX-RS {@code @Path} (REST clients are interfaces). */
    static List<Class<?>> resources() throws IOException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        java.nio.file.Path root = Paths.get("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                if (name.contains("$")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, EveryEndpointIsAuditedTest.class.getClassLoader());
                if (!c.isInterface() && c.isAnnotationPresent(Path.class)) {
                    found.add(c);
                }
            }
        }
        assertTrue(found.size() >= 6, "resources found: " + found);
        return found;
    }
}
