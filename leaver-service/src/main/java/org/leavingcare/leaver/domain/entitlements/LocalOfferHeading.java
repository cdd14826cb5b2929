package org.leavingcare.leaver.domain.entitlements;

import java.util.Objects;

/**
 * A heading of the local offer. One whose id is a {@link StatementHeading} key merges with that statement
 * heading (its title may be left out); any other id is the council's own heading and needs a title.
 */
public record LocalOfferHeading(String id, LocalText title) {

    public LocalOfferHeading {
        Objects.requireNonNull(id, "id");
    }
}
