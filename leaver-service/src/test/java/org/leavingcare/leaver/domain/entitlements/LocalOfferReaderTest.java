package org.leavingcare.leaver.domain.entitlements;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** A council's local offer is read strictly, and refused with the JSON Pointer of every bad field. */
class LocalOfferReaderTest {

    @Test
    void theExampleOfferIsReadWhole() {
        LocalOfferReader.AcceptedLocalOffer accepted = LocalOfferReader.read(LocalOffers.exampleJson(),
                YoungPeople.CATALOGUE);
        LocalOffer offer = accepted.offer();
        assertEquals("Northbrook Borough Council", offer.council());
        assertEquals(1, offer.version());
        assertEquals(LocalDate.of(2026, 4, 1), offer.publishedOn());
        assertEquals(4, offer.items().size());
        assertEquals(2, offer.contacts().size());
        LocalOfferItem topUp = offer.item("setting-up-home-top-up").orElseThrow();
        assertEquals(new LocalAmount(new BigDecimal("3500"), PaymentFrequency.ONE_OFF), topUp.amount());
        assertEquals("setting-up-home-allowance", topUp.topsUp());
        assertEquals(List.of("leaving-care-team"), topUp.contacts());
        EligibilityRoute route = topUp.eligibility().get(0);
        assertEquals(16, route.fromAge());
        assertEquals(25, route.untilAge());
        assertEquals(Boolean.FALSE, route.conditions().get(Condition.APPEAL_RIGHTS_EXHAUSTED));
        assertEquals(List.of(), accepted.warnings());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("no council", root -> root.remove("council"), "/council", "is required"),
                refusal("version 0", root -> root.put("version", 0), "/version", "whole number"),
                refusal("a misspelt field", root -> root.put("publishedAt", "2026-04-01"), "/publishedAt",
                        "not a known field"),
                refusal("a date that is not a date", root -> root.put("publishedOn", "1 April 2026"), "/publishedOn",
                        "YYYY-MM-DD"),
                refusal("no English title", root -> LocalOffers.item(root, "bus-pass").putObject("title")
                        .put("cy", "Tocyn bws am ddim"), "/items/2/title", "English"),
                refusal("a negative amount", root -> LocalOffers.item(root, "bus-pass").with("amount")
                        .put("pounds", -1), "/items/2/amount/pounds", "from 0"),
                refusal("fractions of a penny", root -> LocalOffers.item(root, "bus-pass").with("amount")
                        .put("pounds", new BigDecimal("480.005")), "/items/2/amount/pounds", "two decimal places"),
                refusal("an unknown category", root -> LocalOffers.item(root, "bus-pass").withArray("eligibility")
                        .addObject().putArray("categories").add("CARE_LEAVER"), "/items/2/eligibility/1/categories/0",
                        "must be one of"),
                refusal("ages inconsistent with the category", root -> LocalOffers.item(root, "bus-pass")
                        .withArray("eligibility").addObject().put("fromAge", 18).putArray("categories")
                        .add("RELEVANT"), "/items/2/eligibility/1/categories", "inconsistent"),
                refusal("until before from", root -> LocalOffers.item(root, "bus-pass").withArray("eligibility")
                        .addObject().put("fromAge", 20).put("untilAge", 18).putArray("categories")
                        .add("FORMER_RELEVANT"), "/items/2/eligibility/1/untilAge", "greater than fromAge"),
                refusal("an unknown condition", root -> ((ObjectNode) LocalOffers.item(root, "bus-pass")
                        .withArray("eligibility").get(0)).with("conditions").put("isStudent", true),
                        "/items/2/eligibility/0/conditions/isStudent", "not a known field"),
                refusal("a verification tag, which is for the statutory catalogue", root ->
                        ((ObjectNode) LocalOffers.item(root, "bus-pass").withArray("eligibility").get(0))
                                .put("tag", "V"), "/items/2/eligibility/0/tag", "not a known field"),
                refusal("no eligibility", root -> LocalOffers.item(root, "bus-pass").remove("eligibility"),
                        "/items/2/eligibility", "is required"),
                refusal("an unknown heading", root -> LocalOffers.item(root, "bus-pass").put("heading", "transport"),
                        "/items/2/heading", "statement heading"),
                refusal("a heading of its own without a title", root -> ((ObjectNode) root.withArray("headings")
                        .get(1)).remove("title"), "/headings/1/title", "is required"),
                refusal("an unknown contact", root -> LocalOffers.item(root, "bus-pass").withArray("contacts")
                        .add("transport-team"), "/items/2/contacts/1", "not one of the offer's contact points"),
                refusal("a contact with no way to reach it", root -> {
                    ObjectNode contact = (ObjectNode) root.withArray("contacts").get(1);
                    contact.remove("phone");
                    contact.remove("website");
                }, "/contacts/1", "at least one of phone"),
                refusal("a bad email", root -> ((ObjectNode) root.withArray("contacts").get(0))
                        .put("email", "leaving care team"), "/contacts/0/email", "email address"),
                refusal("duplicate item ids", root -> LocalOffers.item(root, "bus-pass").put("id", "council-tax-relief"),
                        "/items/2/id", "not unique"),
                refusal("topping up an item that does not exist", root -> LocalOffers.item(root, "bus-pass")
                        .put("topsUp", "travel-allowance"), "/items/2/topsUp", "not a catalogue item"),
                refusal("a higher education bursary below the £2,000 the law sets", root -> {
                    ObjectNode item = LocalOffers.item(root, "bus-pass");
                    item.put("topsUp", "higher-education-bursary");
                    item.with("amount").put("pounds", 1500).put("frequency", "ONE_OFF");
                }, "/items/2/amount/pounds", "the law sets"),
                refusal("no contacts", root -> root.putArray("contacts"), "/contacts", "at least one contact"),
                refusal("a NUL character, which the database cannot store", root -> LocalOffers.item(root, "bus-pass")
                        .putObject("title").put("en", "Bus\u0000pass"), "/items/2/title/en", "NUL"),
                refusal("a NUL character in a name", root -> root.put("council", "North\u0000brook"), "/council",
                        "NUL"));
    }

    private static Arguments refusal(String name, Consumer<ObjectNode> change, String pointer, String message) {
        return arguments(name, change, pointer, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aBadOfferIsRefusedNamingTheField(String name, Consumer<ObjectNode> change, String pointer, String message) {
        String json = LocalOffers.exampleWith(change);
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class,
                () -> LocalOfferReader.read(json, YoungPeople.CATALOGUE));
        assertTrue(refused.problems().stream().anyMatch(p -> p.pointer().equals(pointer)
                        && p.message().contains(message)), name + ": " + refused.problems());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        String json = LocalOffers.exampleWith(root -> {
            root.remove("council");
            root.put("version", "two");
            LocalOffers.item(root, "bus-pass").put("colour", "green");
        });
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class,
                () -> LocalOfferReader.read(json, YoungPeople.CATALOGUE));
        assertEquals(java.util.Set.of("/council", "/version", "/items/2/colour"),
                refused.problems().stream().map(DocumentProblem::pointer).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void anAmountTooLargeForANumberIsRefusedNotFailed() {
        String json = LocalOffers.exampleJson().replace("\"pounds\": 480", "\"pounds\": 1e400");
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class,
                () -> LocalOfferReader.read(json, YoungPeople.CATALOGUE));
        assertEquals("/items/2/amount/pounds", refused.problems().get(0).pointer());
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class,
                () -> LocalOfferReader.read("{\"council\": ", YoungPeople.CATALOGUE));
        assertEquals("", refused.problems().get(0).pointer());
        assertTrue(refused.problems().get(0).message().startsWith("is not valid JSON"));
    }

    @Test
    void aRepeatedFieldIsRefused() {
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class,
                () -> LocalOfferReader.read("{\"version\": 1, \"version\": 2}", YoungPeople.CATALOGUE));
        assertTrue(refused.problems().get(0).message().contains("Duplicate field"), refused.getMessage());
    }

    @Test
    void aSettingUpHomeAllowanceBelowTheDfeMinimumIsAcceptedWithAWarning() {
        String json = LocalOffers.exampleWith(root -> LocalOffers.item(root, "setting-up-home-top-up")
                .with("amount").put("pounds", 2500));
        LocalOfferReader.AcceptedLocalOffer accepted = LocalOfferReader.read(json, YoungPeople.CATALOGUE);
        assertEquals(List.of(new DocumentProblem("/items/0/amount/pounds",
                "is less than the £3000 minimum DfE recommends for setting-up-home-allowance")), accepted.warnings());
    }
}
