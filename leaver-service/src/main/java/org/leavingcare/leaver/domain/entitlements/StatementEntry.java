package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.util.List;

/**
 * An item a young person is owed today.
 *
 * @param routes the routes by which they have it today (each names its provision)
 * @param endsOn the first day within the look-ahead on which they no longer have it, or {@code null}
 */
public record StatementEntry(OfferedItem item, List<EligibilityRoute> routes, LocalDate endsOn) {

    public StatementEntry {
        routes = List.copyOf(routes);
    }
}
