package org.leavingcare.platform.access;

/**
 * What each service provides so that the shared audit trail can be scoped: the young people a caller may see,
 * as a native SQL condition on a case reference. One bean per service.
 */
public interface ScopedYoungPeople {

    /**
     * A native SQL condition that holds when the young person whose case reference is the SQL expression
     * {@code caseRef} is in {@code caller}'s scope (e.g. an {@code EXISTS} over the service's own table), with
     * parameters named {@code scope*}.
     */
    Scope.Condition inScope(Caller caller, String caseRef);
}
