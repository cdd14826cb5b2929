package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.util.List;

/**
 * What one young person is owed on {@code today}, statutory and local items together, and what starts or
 * ends up to {@code lookAheadUntil} (inclusive).
 *
 * @param localOfferVersion the local offer version it was made with, or {@code null} when there is none
 */
public record EntitlementStatement(LocalDate today, LocalDate lookAheadUntil, String catalogueVersion,
                                   Integer localOfferVersion, List<StatementEntry> owedToday,
                                   List<EntitlementChange> comingUp) {

    public EntitlementStatement {
        owedToday = List.copyOf(owedToday);
        comingUp = List.copyOf(comingUp);
    }

    /** Whether the item with this origin and id is owed today. */
    public boolean owes(ItemOrigin origin, String id) {
        return owedToday.stream().anyMatch(e -> e.item().origin() == origin && e.item().id().equals(id));
    }
}
