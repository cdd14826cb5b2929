package org.leavingcare.notification.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that reads or writes a young person's data, with the operation the audit
 * trail records ({@code <thing>.<verb>}, e.g. {@code alert.read}). Read by {@link AuditFilter}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** The operation, e.g. {@code alerts.list}. */
    String value();
}
