package org.leavingcare.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that reads or writes a young person's data and names the operation the audit trail
 * records ({@code <thing>.<verb>}, docs/access-and-audit.md). Every such request is audited, whatever its outcome.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** The operation, e.g. {@code young-person.read}. */
    String value();

    /** A change feed: a page with no young person writes nothing (consumers poll every second or two). */
    boolean skipEmpty() default false;

    /** A successful call answers 201 Created (the status the write's own audit row records). */
    boolean creates() default false;
}
