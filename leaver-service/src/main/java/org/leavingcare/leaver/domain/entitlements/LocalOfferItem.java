package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something the council offers beyond, or on top of, what the law requires.
 *
 * @param eligibility who has it, in the same terms as the catalogue
 * @param contacts    ids of the offer's contact points to ask
 * @param topsUp      the id of the catalogue item this adds to (a setting-up-home allowance above the DfE
 *                    minimum), or {@code null}
 */
public record LocalOfferItem(String id, String heading, LocalText title, LocalText description, LocalAmount amount,
                             List<EligibilityRoute> eligibility, List<String> contacts, String topsUp)
        implements OfferedItem {

    public LocalOfferItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        eligibility = List.copyOf(eligibility);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    @Override
    public ItemOrigin origin() {
        return ItemOrigin.LOCAL;
    }

    @Override
    public List<EligibilityRoute> routes() {
        return eligibility;
    }

    @Override
    public LocalDate appliesFrom() {
        return null;
    }

    @Override
    public Object wording() {
        // 3500 and 3500.00 pounds are the same amount
        List<Object> amountSaid = amount == null ? List.of()
                : List.of(amount.pounds().stripTrailingZeros(), amount.frequency());
        return java.util.Arrays.asList(heading, title, description, amountSaid, contacts, topsUp);
    }
}
