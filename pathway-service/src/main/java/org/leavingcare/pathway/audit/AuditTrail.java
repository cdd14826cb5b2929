package org.leavingcare.pathway.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The audit trail of young people's records: changes in the change's transaction, reads in their own. */
@ApplicationScoped
public class AuditTrail {

    /** How many entries {@link #of} returns at most, newest first. */
    public static final int MAX_ENTRIES = 500;

    @Inject
    Clock clock;

    /** A change, recorded in the caller's transaction so that it rolls back with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String actor, String action, String caseRef) {
        add(actor, action, caseRef);
    }

    /** A read, recorded in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void read(String actor, String action, String caseRef) {
        add(actor, action, caseRef);
    }

    @Schema(name = "AuditEntry")
    public record Entry(Instant at, String actor, String action) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> of(String caseRef) {
        return AuditEntry.<AuditEntry>find("caseRef = ?1 order by at desc, id desc", caseRef).page(0, MAX_ENTRIES).list()
                .stream().map(e -> new Entry(e.at, e.actor, e.action)).toList();
    }

    private void add(String actor, String action, String caseRef) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now(clock);
        entry.actor = actor;
        entry.action = action;
        entry.caseRef = caseRef;
        entry.persist();
    }
}
