package org.leavingcare.pathway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.leavingcare.pathway.audit.Audited;
import org.leavingcare.pathway.rest.YoungPeopleResource;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every resource method that a role may call names the operation the audit trail records, unless it is listed
 * here as not touching a child's data (none in this service): a new endpoint without one fails review here.
 */
class AuditedEndpointsTest {

    /** Resource methods that touch no young person's data, as {@code Class.method}. */
    static final Set<String> NOT_ABOUT_A_CHILD = Set.of();

    @Test
    void everyRoleCheckedResourceMethodIsAudited() throws IOException, URISyntaxException, ClassNotFoundException {
        // The main classes' folder, found through one resource: the test tree has a rest package of its own.
        java.nio.file.Path rest = Paths.get(YoungPeopleResource.class.getResource("YoungPeopleResource.class").toURI()).getParent();
        List<String> resources = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(rest)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName("org.leavingcare.pathway.rest." + name);
                if (!type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                resources.add(name);
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(RolesAllowed.class) && !method.isAnnotationPresent(Audited.class)
                            && !NOT_ABOUT_A_CHILD.contains(name + "." + method.getName())) {
                        missing.add(name + "." + method.getName());
                    }
                }
            }
        }
        assertFalse(resources.isEmpty(), "the resource classes were found");
        assertEquals(List.of(), missing, "resource methods without @Audited");
    }
}
