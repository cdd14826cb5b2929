package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A council replacing one version of its local offer with the next, and whom that affects. The items that
 * changed (added, removed, reworded, re-priced or with different eligibility) are found once; a young
 * person's statement is due again only if their own statement differs, so a change to an item for
 * unaccompanied young people makes only them due again.
 */
public final class LocalOfferRevision {

    private final LocalOffer before;
    private final LocalOffer after;
    private final Set<String> changedItemIds;

    /**
     * @param before the version in force until now, or {@code null} for the council's first offer
     */
    public LocalOfferRevision(LocalOffer before, LocalOffer after) {
        this.before = before;
        this.after = Objects.requireNonNull(after, "after");
        if (before != null && after.version() <= before.version()) {
            throw new IllegalArgumentException("version " + after.version() + " does not follow version "
                    + before.version());
        }
        Set<String> changed = new LinkedHashSet<>();
        List<LocalOfferItem> old = before == null ? List.of() : before.items();
        for (LocalOfferItem item : after.items()) {
            LocalOfferItem was = old.stream().filter(o -> o.id().equals(item.id())).findFirst().orElse(null);
            if (was == null || !was.equals(item)) {
                changed.add(item.id());
            }
        }
        for (LocalOfferItem item : old) {
            if (after.item(item.id()).isEmpty()) {
                changed.add(item.id());
            }
        }
        this.changedItemIds = Set.copyOf(changed);
    }

    /** The ids of the items added, removed or changed in any way; empty means nobody can be affected. */
    public Set<String> changedItemIds() {
        return changedItemIds;
    }

    /**
     * How this young person's statement today under the new version differs from the one under the old;
     * empty when the revision does not change what they are owed.
     */
    public List<StatementDifference> changesFor(StatementCalculator calculator, EntitlementFacts facts,
                                                LocalDate today) {
        if (changedItemIds.isEmpty()) {
            return List.of();
        }
        return StatementComparison.differences(calculator.statement(facts, today, before),
                calculator.statement(facts, today, after));
    }

    /** Whether the young person's statement is due again because of this revision. */
    public boolean makesStatementDueAgain(StatementCalculator calculator, EntitlementFacts facts, LocalDate today) {
        return !changesFor(calculator, facts, today).isEmpty();
    }
}
