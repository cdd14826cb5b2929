package org.leavingcare.leaver.domain.entitlements;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a version of a council's local offer from the JSON document {@code PUT /local-offer} receives
 * (schema: {@code entitlements/local-offer.schema.json}) and checks it. Every problem is reported with the
 * JSON Pointer of its field, so that the API can answer one problem+json naming all of them, and nothing is
 * accepted half-read.
 */
public final class LocalOfferReader {

    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** An accepted offer, with the warnings for whoever published it. */
    public record AcceptedLocalOffer(LocalOffer offer, List<DocumentProblem> warnings) {

        public AcceptedLocalOffer {
            warnings = List.copyOf(warnings);
        }
    }

    private LocalOfferReader() {
    }

    /** @throws InvalidDocumentException naming every problem, if the offer is refused */
    public static AcceptedLocalOffer read(String json, EntitlementCatalogue catalogue) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InvalidDocumentException("The local offer",
                    List.of(new DocumentProblem("", "is not valid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()))));
        }
        List<DocumentProblem> problems = new ArrayList<>();
        LocalOffer offer = offer(JsonFields.of(root, "", problems));
        if (!problems.isEmpty() || offer == null) {
            throw new InvalidDocumentException("The local offer", problems);
        }
        LocalOfferValidator.Findings findings = LocalOfferValidator.check(offer, catalogue);
        if (!findings.errors().isEmpty()) {
            throw new InvalidDocumentException("The local offer", findings.errors());
        }
        return new AcceptedLocalOffer(offer, findings.warnings());
    }

    private static LocalOffer offer(JsonFields document) {
        if (document == null) {
            return null;
        }
        Integer schemaVersion = document.integer("schemaVersion", true, 1, 1000);
        if (schemaVersion != null && schemaVersion != SCHEMA_VERSION) {
            document.problem("schemaVersion", "must be " + SCHEMA_VERSION);
        }
        String council = document.text("council", true);
        Integer version = document.integer("version", true, 1, 1_000_000);
        LocalDate publishedOn = document.date("publishedOn", true);
        LocalText introduction = document.localText("introduction", false);
        List<LocalOfferHeading> headings = new ArrayList<>();
        List<JsonNode> headingNodes = document.array("headings", false);
        for (int i = 0; i < headingNodes.size(); i++) {
            JsonFields heading = JsonFields.of(headingNodes.get(i), "/headings/" + i, document.problems());
            if (heading != null) {
                String id = heading.text("id", true);
                LocalText title = heading.localText("title", false);
                heading.finish();
                if (id != null) {
                    headings.add(new LocalOfferHeading(id, title));
                }
            }
        }
        List<LocalOfferItem> items = new ArrayList<>();
        List<JsonNode> itemNodes = document.array("items", true);
        for (int i = 0; i < itemNodes.size(); i++) {
            LocalOfferItem item = item(JsonFields.of(itemNodes.get(i), "/items/" + i, document.problems()));
            if (item != null) {
                items.add(item);
            }
        }
        List<ContactPoint> contacts = new ArrayList<>();
        List<JsonNode> contactNodes = document.array("contacts", true);
        for (int i = 0; i < contactNodes.size(); i++) {
            ContactPoint contact = contact(JsonFields.of(contactNodes.get(i), "/contacts/" + i, document.problems()));
            if (contact != null) {
                contacts.add(contact);
            }
        }
        document.finish();
        if (council == null || version == null || publishedOn == null) {
            return null;
        }
        return new LocalOffer(council, version, publishedOn, introduction, headings, items, contacts);
    }

    private static LocalOfferItem item(JsonFields item) {
        if (item == null) {
            return null;
        }
        int before = item.problems().size();
        String id = item.text("id", true);
        String heading = item.text("heading", true);
        LocalText title = item.localText("title", true);
        LocalText description = item.localText("description", true);
        LocalAmount amount = null;
        JsonFields amountFields = item.object("amount", false);
        if (amountFields != null) {
            java.math.BigDecimal pounds = amountFields.pounds("pounds", true);
            PaymentFrequency frequency = amountFields.enumValue("frequency", PaymentFrequency.class, true);
            amountFields.finish();
            if (pounds != null && frequency != null) {
                amount = new LocalAmount(pounds, frequency);
            }
        }
        List<EligibilityRoute> eligibility = EligibilityReader.routes(item, "eligibility", false);
        List<String> contacts = new ArrayList<>();
        List<JsonNode> contactNodes = item.array("contacts", false);
        for (int c = 0; c < contactNodes.size(); c++) {
            if (contactNodes.get(c).isTextual() && !contactNodes.get(c).asText().isBlank()) {
                contacts.add(contactNodes.get(c).asText());
            } else {
                item.problems().add(new DocumentProblem(item.at("contacts") + "/" + c,
                        "must be the id of one of the offer's contact points"));
            }
        }
        String topsUp = item.text("topsUp", false);
        item.finish();
        if (item.problems().size() != before) {
            return null;
        }
        return new LocalOfferItem(id, heading, title, description, amount, eligibility, contacts, topsUp);
    }

    private static ContactPoint contact(JsonFields contact) {
        if (contact == null) {
            return null;
        }
        int before = contact.problems().size();
        String id = contact.text("id", true);
        LocalText name = contact.localText("name", true);
        String phone = contact.text("phone", false);
        String email = contact.text("email", false);
        String address = contact.text("address", false);
        String website = contact.text("website", false);
        LocalText hours = contact.localText("hours", false);
        contact.finish();
        if (contact.problems().size() != before) {
            return null;
        }
        return new ContactPoint(id, name, phone, email, address, website, hours);
    }
}
