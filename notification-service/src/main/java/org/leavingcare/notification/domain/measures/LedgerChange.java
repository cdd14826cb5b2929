package org.leavingcare.notification.domain.measures;

import java.util.List;

/**
 * What one reconciliation does to the ledger: versions to close (their {@code knownUntil} set to the
 * day), versions opened and superseded on that same day (to delete: a version known for no whole day
 * tells no month anything), and versions to add.
 */
public record LedgerChange(List<LedgerEntry> closed, List<LedgerEntry> withdrawn, List<LedgerEntry> opened) {

    public LedgerChange {
        closed = List.copyOf(closed);
        withdrawn = List.copyOf(withdrawn);
        opened = List.copyOf(opened);
    }

    public boolean isEmpty() {
        return closed.isEmpty() && withdrawn.isEmpty() && opened.isEmpty();
    }
}
