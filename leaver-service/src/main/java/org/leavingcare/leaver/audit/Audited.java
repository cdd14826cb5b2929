package org.leavingcare.leaver.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a resource method reads or writes a young person's data, and the operation name it is
 * audited under ({@code <thing>.<verb>}, docs/access-and-audit.md). Every {@code @RolesAllowed} resource
 * method carries one or is listed in {@code AuditCoverageTest} as touching no child's data.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** The operation, e.g. {@code young-person.read}. */
    String value();

    /** The status a successful write answers with (its audit row is written before the response). */
    int successStatus() default 200;

    /** A change-feed page: an empty page writes no row (consumers poll every second or two). */
    boolean nothingWhenEmpty() default false;
}
