package org.leavingcare.pathway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.leavingcare.pathway.audit.AuditLog;
import org.leavingcare.pathway.feed.ChangeFeed;
import org.leavingcare.pathway.repository.YoungPerson;

/**
 * Makes a change to a young person's record known, in the writer's transaction: recomputes the record, stores the
 * computed columns, records the write in the audit trail and appends the event to the change feed, last.
 */
@ApplicationScoped
public class CaseRecordPublisher {

    @Inject
    CaseRecordLoader loader;

    @Inject
    ComputedColumns columns;

    @Inject
    AuditLog audit;

    @Inject
    ChangeFeed feed;

    @Inject
    Snapshots snapshots;

    @Inject
    EntityManager em;

    /**
     * Recomputes the record after the caller's writes, stores the computed columns and timeline, and appends
     * {@code eventType} to the change feed.
     */
    public CaseRecord publish(YoungPerson person, String eventType) {
        // the record is read back by queries: the caller's writes go first, and a broken one fails here, before any
        // computed column or event is written
        em.flush();
        CaseRecord record = loader.load(person);
        columns.storeDeadlines(person, record);
        audit.recordWrite(person.caseRef, eventType);
        em.flush();
        columns.storePlanColumns(record);
        feed.append(eventType, person.caseRef, snapshots.of(record));
        return record;
    }
}
