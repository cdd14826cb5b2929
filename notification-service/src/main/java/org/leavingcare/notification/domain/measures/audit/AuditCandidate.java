package org.leavingcare.notification.domain.measures.audit;

import org.leavingcare.notification.domain.measures.DeadlineFact;

import java.time.LocalDate;
import java.util.Collection;

/** A young person who may be drawn for a case audit, with the number of deadlines overdue today. */
public record AuditCandidate(String caseRef, String team, boolean disabled, boolean uasc, int openBreaches) {

    public AuditCandidate {
        if (caseRef == null || caseRef.isBlank()) {
            throw new IllegalArgumentException("caseRef is required");
        }
        if (openBreaches < 0) {
            throw new IllegalArgumentException("openBreaches must not be negative");
        }
    }

    /**
     * A candidate from the young person's deadlines: an open breach is a deadline due before today, not
     * met by today and still owed (a lapsed breach cannot be put right, so it does not draw an audit).
     */
    public static AuditCandidate of(String caseRef, String team, boolean disabled, boolean uasc,
                                    Collection<DeadlineFact> deadlines, LocalDate today) {
        int open = 0;
        for (DeadlineFact d : deadlines) {
            boolean met = d.metOn() != null && !d.metOn().isAfter(today);
            boolean lapsed = d.lapsedOn() != null && !d.lapsedOn().isAfter(today);
            if (!met && !lapsed && !d.opensOn().isAfter(today) && d.dueOn().isBefore(today)) {
                open++;
            }
        }
        return new AuditCandidate(caseRef, team, disabled, uasc, open);
    }
}
