package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a council's local offer for care leavers (Children and Social Work Act 2017 s2): what
 * it provides beyond the law, under headings, with amounts, eligibility and contact points. Versions are
 * numbered from 1 and never rewritten: a statement records the version it was given under.
 */
public record LocalOffer(String council, int version, LocalDate publishedOn, LocalText introduction,
                         List<LocalOfferHeading> headings, List<LocalOfferItem> items, List<ContactPoint> contacts) {

    public LocalOffer {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(publishedOn, "publishedOn");
        headings = List.copyOf(headings);
        items = List.copyOf(items);
        contacts = List.copyOf(contacts);
    }

    public Optional<LocalOfferItem> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<ContactPoint> contact(String id) {
        return contacts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<LocalOfferHeading> heading(String id) {
        return headings.stream().filter(h -> h.id().equals(id)).findFirst();
    }
}
