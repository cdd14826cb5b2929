package org.leavingcare.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.leavingcare.notification.access.Scope;

import java.util.List;

/** Reads the notifications ({@code notification_event}) that {@link NotificationOutbox} wrote. */
@ApplicationScoped
public class NotificationEvents {

    @Inject
    EntityManager em;

    /**
     * Up to {@code batch} notifications not yet fanned out to subscriptions, in sequence order, locked until
     * the end of the transaction; those another replica has locked are skipped.
     */
    @SuppressWarnings("unchecked")
    public List<NotificationEvent> notFannedOut(int batch) {
        return em.createNativeQuery("""
                        SELECT * FROM notification_event WHERE NOT fanned_out
                        ORDER BY sequence LIMIT ?1 FOR UPDATE SKIP LOCKED""", NotificationEvent.class)
                .setParameter(1, batch)
                .getResultList();
    }

    /** The young person the notification with this sequence is about, if any. */
    public String caseRefOf(long sequence) {
        @SuppressWarnings("unchecked")
        List<String> caseRefs = em.createNativeQuery("SELECT case_ref FROM notification_event WHERE sequence = :s")
                .setParameter("s", sequence).getResultList();
        return caseRefs.isEmpty() ? null : caseRefs.get(0);
    }

    /**
     * Up to {@code rows} notifications after {@code after}, in sequence order, about young people in the
     * scope (decided by the projection as it is now) or about no young person.
     */
    public List<NotificationEvent> after(long after, int rows, Scope scope) {
        Scope.Sql inScope = scope.sql("y", "l");
        Query query = em.createNativeQuery("SELECT n.* FROM notification_event n"
                        + " LEFT JOIN young_person y ON y.case_ref = n.case_ref"
                        + " LEFT JOIN leaver l ON l.case_ref = n.case_ref"
                        // notifications about no young person (subscription.disabled) are no child's data
                        + " WHERE n.sequence > :after AND (n.case_ref IS NULL OR " + inScope.condition() + ")"
                        + " ORDER BY n.sequence LIMIT :limit", NotificationEvent.class)
                .setParameter("after", after)
                .setParameter("limit", rows);
        inScope.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<NotificationEvent> found = query.getResultList();
        return found;
    }
}
