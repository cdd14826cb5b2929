package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A right or entitlement of a care leaver in England, as the statutory catalogue holds it. Its words
 * (title and plain-English description) are in the message bundle under {@code item.<id>.title} and
 * {@code item.<id>.description}, so that a translation never touches the legal data.
 *
 * @param inForceFrom the commencement date of a {@link LegalStatus#NOT_YET_IN_FORCE} item, or {@code null}
 *                    when none is known (the item then never applies)
 * @param amount      the amount the law or DfE sets, or {@code null}
 * @param notes       for staff and reviewers: what is uncertain or how the routes approximate the law
 */
public record Entitlement(String id, StatementHeading statementHeading, LegalStatus legalStatus, LocalDate inForceFrom,
                          List<EligibilityRoute> routes, List<LegalSource> sources, StatutoryAmount amount,
                          String notes) implements OfferedItem {

    public Entitlement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statementHeading, "statementHeading");
        Objects.requireNonNull(legalStatus, "legalStatus");
        routes = List.copyOf(routes);
        sources = List.copyOf(sources);
    }

    @Override
    public ItemOrigin origin() {
        return ItemOrigin.STATUTORY;
    }

    @Override
    public String heading() {
        return statementHeading.key();
    }

    @Override
    public LocalDate appliesFrom() {
        if (legalStatus == LegalStatus.IN_FORCE) {
            return inForceFrom;
        }
        return inForceFrom == null ? LocalDate.MAX : inForceFrom;
    }

    @Override
    public Object wording() {
        List<Object> amountSaid = amount == null ? List.of() : java.util.Arrays.asList(amount.status(),
                amount.pounds() == null ? null : amount.pounds().stripTrailingZeros(), amount.frequency(),
                amount.since());
        return java.util.Arrays.asList(statementHeading, legalStatus, amountSaid, sources);
    }

    /** The weakest verification among its sources, routes and amount: how far the item as a whole was checked. */
    public Verification verification() {
        Verification weakest = Verification.V;
        for (LegalSource source : sources) {
            weakest = weakest.weaker(source.tag());
        }
        for (EligibilityRoute route : routes) {
            weakest = weakest.weaker(route.tag());
        }
        if (amount != null) {
            weakest = weakest.weaker(amount.tag());
        }
        return weakest;
    }

    public String titleKey() {
        return "item." + id + ".title";
    }

    public String descriptionKey() {
        return "item." + id + ".description";
    }
}
