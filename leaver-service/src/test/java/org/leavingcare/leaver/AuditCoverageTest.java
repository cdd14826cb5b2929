package org.leavingcare.leaver;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.leavingcare.leaver.audit.Audited;

import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every resource method a role may call declares its audit operation ({@link Audited}), or is listed
 * here as touching no child's data, so a new endpoint without one shows in review.
 */
class AuditCoverageTest {

    /** Staff records: advisers' names, teams and capacity (docs/access-and-audit.md), not a child's data. */
    static final Set<String> NOT_A_CHILDS_DATA = Set.of(
            "PersonalAdvisersResource.upsert",
            "PersonalAdvisersResource.list",
            "PersonalAdvisersResource.get");

    @Test
    void everyRoleCheckedResourceMethodIsAuditedOrListedAsTouchingNoChild() throws Exception {
        List<String> unaudited = new ArrayList<>();
        Set<String> audited = new TreeSet<>();
        Set<String> listed = new TreeSet<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(RolesAllowed.class)) {
                    continue;
                }
                String name = resource.getSimpleName() + "." + method.getName();
                Audited operation = method.getAnnotation(Audited.class);
                if (operation != null) {
                    assertTrue(operation.value().matches("[a-z-]+\\.[a-z-]+"), name + ": " + operation.value());
                    audited.add(operation.value());
                } else if (NOT_A_CHILDS_DATA.contains(name)) {
                    listed.add(name);
                } else {
                    unaudited.add(name);
                }
            }
        }
        assertEquals(List.of(), unaudited, "resource methods without @Audited");
        assertEquals(NOT_A_CHILDS_DATA, listed, "the list names only methods that exist");
        assertTrue(audited.containsAll(Set.of("young-person.read", "allocations-due.list", "caseload.read", "events.read",
                "audit-events.read", "contact.record")), audited.toString());
    }

    static List<Class<?>> resources() throws URISyntaxException, java.io.IOException, ClassNotFoundException {
        var folder = Paths.get(AuditCoverageTest.class.getResource("/org/leavingcare/leaver/rest").toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(folder)) {
            for (java.nio.file.Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName("org.leavingcare.leaver.rest." + name.substring(0, name.length() - 6));
                    if (type.isAnnotationPresent(Path.class)) {
                        classes.add(type);
                    }
                }
            }
        }
        assertTrue(classes.size() >= 5, classes.toString());
        return classes;
    }
}
