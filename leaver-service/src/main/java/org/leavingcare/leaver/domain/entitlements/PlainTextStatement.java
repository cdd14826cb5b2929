package org.leavingcare.leaver.domain.entitlements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement as plain text, in the order and words the printable page and the PDF use: what you get now
 * by heading, then what changes in the next 12 months, then who to contact. It shows the source of every
 * item and says plainly when one could not be checked in the law.
 */
public final class PlainTextStatement {

    private PlainTextStatement() {
    }

    /**
     * @param adviser the personal adviser's name and contact details as they should be printed, or {@code null}
     */
    public static String render(EntitlementStatement statement, EntitlementWords words, LocalOffer offer,
                                String adviser) {
        StringBuilder text = new StringBuilder();
        text.append(words.text("statement.title")).append('\n');
        text.append(words.text("statement.made-on", Map.of("date", words.date(statement.today())))).append("\n\n");
        if (adviser != null) {
            text.append(words.text("statement.your-adviser", Map.of("adviser", adviser))).append("\n\n");
        }
        text.append("== ").append(words.text("statement.now")).append(" ==\n");
        Map<String, List<StatementEntry>> byHeading = new LinkedHashMap<>();
        for (StatementEntry entry : statement.owedToday()) {
            byHeading.computeIfAbsent(entry.item().heading(), h -> new java.util.ArrayList<>()).add(entry);
        }
        for (Map.Entry<String, List<StatementEntry>> heading : byHeading.entrySet()) {
            text.append('\n').append("# ").append(words.heading(heading.getKey(), offer)).append('\n');
            for (StatementEntry entry : heading.getValue()) {
                item(text, words, entry, offer);
            }
        }
        text.append('\n').append("== ").append(words.text("statement.coming-up")).append(" ==\n");
        if (statement.comingUp().isEmpty()) {
            text.append(words.text("statement.nothing-coming-up")).append('\n');
        }
        for (EntitlementChange change : statement.comingUp()) {
            text.append("- ").append(words.text("change." + change.direction(), Map.of(
                    "date", words.date(change.on()),
                    "title", words.title(change.item()),
                    "cause", words.cause(change.cause())))).append('\n');
        }
        if (offer != null && !offer.contacts().isEmpty()) {
            text.append('\n').append("== ").append(words.text("statement.contacts")).append(" ==\n");
            for (ContactPoint contact : offer.contacts()) {
                text.append("- ").append(contact.name().in(words.locale()));
                for (String way : new String[] {contact.phone(), contact.email(), contact.address(), contact.website()}) {
                    if (way != null) {
                        text.append(", ").append(way);
                    }
                }
                if (contact.hours() != null) {
                    text.append(" (").append(contact.hours().in(words.locale())).append(')');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static void item(StringBuilder text, EntitlementWords words, StatementEntry entry, LocalOffer offer) {
        OfferedItem item = entry.item();
        text.append("- ").append(words.title(item)).append('\n');
        text.append("  ").append(words.description(item)).append('\n');
        String amount = words.amount(item);
        if (amount != null) {
            text.append("  ").append(amount).append('\n');
        }
        if (entry.endsOn() != null) {
            text.append("  ").append(words.text("statement.until", Map.of("date", words.date(entry.endsOn()))))
                    .append('\n');
        }
        if (item instanceof Entitlement statutory) {
            // the provisions the young person has it under today, not every source the item has
            List<String> bases = entry.routes().stream().map(EligibilityRoute::basis).distinct().toList();
            text.append("  ").append(words.text("statement.source",
                    Map.of("sources", String.join("; ", bases)))).append('\n');
            if (statutory.verification() == Verification.U) {
                text.append("  ").append(words.text("statement.unconfirmed")).append('\n');
            }
        } else if (item instanceof LocalOfferItem local) {
            text.append("  ").append(words.text("statement.from-council",
                    Map.of("council", offer == null ? "" : offer.council()))).append('\n');
            if (local.topsUp() != null) {
                text.append("  ").append(words.text("statement.tops-up", Map.of("title",
                        words.text("item." + local.topsUp() + ".title")))).append('\n');
            }
            for (String contactId : local.contacts()) {
                if (offer != null) {
                    offer.contact(contactId).ifPresent(c -> text.append("  ")
                            .append(words.text("statement.ask", Map.of("contact", c.name().in(words.locale()))))
                            .append('\n'));
                }
            }
        }
    }
}
