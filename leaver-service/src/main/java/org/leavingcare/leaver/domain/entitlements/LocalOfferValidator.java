package org.leavingcare.leaver.domain.entitlements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks a local offer must pass beyond its JSON shape, whether it came from JSON or was built in code.
 * Errors refuse the offer; warnings are given back to the manager who published it (an amount below the
 * DfE-recommended minimum is lawful, but they should know).
 */
public final class LocalOfferValidator {

    static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /** Errors (refuse the offer) and warnings (accept it, tell the publisher). */
    public record Findings(List<DocumentProblem> errors, List<DocumentProblem> warnings) {

        public Findings {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    private LocalOfferValidator() {
    }

    public static Findings check(LocalOffer offer, EntitlementCatalogue catalogue) {
        List<DocumentProblem> errors = new ArrayList<>();
        List<DocumentProblem> warnings = new ArrayList<>();
        if (offer.council().isBlank()) {
            errors.add(new DocumentProblem("/council", "must be a non-empty string"));
        }
        if (offer.version() < 1) {
            errors.add(new DocumentProblem("/version", "must be 1 or more"));
        }
        Set<String> headingIds = new HashSet<>();
        for (StatementHeading heading : StatementHeading.values()) {
            headingIds.add(heading.key());
        }
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < offer.headings().size(); i++) {
            LocalOfferHeading heading = offer.headings().get(i);
            String at = "/headings/" + i;
            if (!heading.id().matches(ID_PATTERN)) {
                errors.add(new DocumentProblem(at + "/id", "must be lower-case words joined by hyphens"));
            } else if (!declared.add(heading.id())) {
                errors.add(new DocumentProblem(at + "/id", "is not unique: " + heading.id()));
            }
            if (StatementHeading.ofKey(heading.id()) == null && heading.title() == null) {
                errors.add(new DocumentProblem(at + "/title",
                        "is required for a heading of the council's own (not one of the statement headings)"));
            }
            headingIds.add(heading.id());
        }
        Set<String> contactIds = new HashSet<>();
        if (offer.contacts().isEmpty()) {
            errors.add(new DocumentProblem("/contacts", "must list at least one contact point"));
        }
        for (int i = 0; i < offer.contacts().size(); i++) {
            contact(offer.contacts().get(i), "/contacts/" + i, contactIds, errors);
        }
        if (offer.items().isEmpty()) {
            errors.add(new DocumentProblem("/items", "must list at least one item"));
        }
        Set<String> itemIds = new HashSet<>();
        for (int i = 0; i < offer.items().size(); i++) {
            item(offer.items().get(i), "/items/" + i, itemIds, headingIds, contactIds, catalogue, errors, warnings);
        }
        return new Findings(errors, warnings);
    }

    private static void contact(ContactPoint contact, String at, Set<String> ids, List<DocumentProblem> errors) {
        if (!contact.id().matches(ID_PATTERN)) {
            errors.add(new DocumentProblem(at + "/id", "must be lower-case words joined by hyphens"));
        } else if (!ids.add(contact.id())) {
            errors.add(new DocumentProblem(at + "/id", "is not unique: " + contact.id()));
        }
        if (contact.phone() == null && contact.email() == null && contact.address() == null
                && contact.website() == null) {
            errors.add(new DocumentProblem(at, "must give at least one of phone, email, address or website"));
        }
        if (contact.phone() != null && !contact.phone().matches("\\+?[0-9][0-9 ()-]{5,24}")) {
            errors.add(new DocumentProblem(at + "/phone", "must be a telephone number (digits, spaces, + ( ) -)"));
        }
        if (contact.email() != null && !contact.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new DocumentProblem(at + "/email", "must be an email address"));
        }
        if (contact.website() != null && !contact.website().matches("https?://\\S+")) {
            errors.add(new DocumentProblem(at + "/website", "must be an http or https address"));
        }
    }

    private static void item(LocalOfferItem item, String at, Set<String> ids, Set<String> headingIds,
                             Set<String> contactIds, EntitlementCatalogue catalogue, List<DocumentProblem> errors,
                             List<DocumentProblem> warnings) {
        if (!item.id().matches(ID_PATTERN)) {
            errors.add(new DocumentProblem(at + "/id", "must be lower-case words joined by hyphens"));
        } else if (!ids.add(item.id())) {
            errors.add(new DocumentProblem(at + "/id", "is not unique: " + item.id()));
        }
        if (!headingIds.contains(item.heading())) {
            errors.add(new DocumentProblem(at + "/heading",
                    "must be a statement heading or one of the offer's headings: " + item.heading()));
        }
        if (item.eligibility().isEmpty()) {
            errors.add(new DocumentProblem(at + "/eligibility", "must list at least one route (who has it)"));
        }
        for (int c = 0; c < item.contacts().size(); c++) {
            if (!contactIds.contains(item.contacts().get(c))) {
                errors.add(new DocumentProblem(at + "/contacts/" + c,
                        "is not one of the offer's contact points: " + item.contacts().get(c)));
            }
        }
        if (item.topsUp() == null) {
            return;
        }
        Entitlement statutory = catalogue.item(item.topsUp()).orElse(null);
        if (statutory == null) {
            errors.add(new DocumentProblem(at + "/topsUp", "is not a catalogue item: " + item.topsUp()));
            return;
        }
        StatutoryAmount floor = statutory.amount();
        if (floor == null || floor.pounds() == null || item.amount() == null
                || item.amount().frequency() != floor.frequency()
                || item.amount().pounds().compareTo(floor.pounds()) >= 0) {
            return;
        }
        if (floor.status() == AmountStatus.STATUTORY) {
            errors.add(new DocumentProblem(at + "/amount/pounds", "is less than the £" + floor.pounds().toPlainString()
                    + " the law sets for " + statutory.id()));
        } else {
            warnings.add(new DocumentProblem(at + "/amount/pounds", "is less than the £"
                    + floor.pounds().toPlainString() + " minimum DfE recommends for " + statutory.id()));
        }
    }
}
