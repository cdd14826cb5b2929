package org.leavingcare.leaver.domain.entitlements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The shipped catalogue is complete and sourced, and a catalogue that is not is refused at load. */
class CatalogueLoaderTest {

    private static final EntitlementCatalogue CATALOGUE = YoungPeople.CATALOGUE;

    @Test
    void theShippedCatalogueHasTheEntitlementsTheInspectionAskedFor() {
        for (String id : List.of("personal-adviser", "adviser-after-21-on-request", "pathway-plan", "keeping-in-touch",
                "staying-put", "accommodation-and-maintenance", "setting-up-home-allowance", "higher-education-bursary",
                "education-and-training-costs", "help-finding-work", "returning-to-education", "vacation-accommodation",
                "advocacy", "complaints", "your-records", "housing-priority-need", "council-tax",
                "health-in-pathway-plan", "adult-care-transition-assessment", "ehc-plan-to-25", "immigration-help",
                "legal-aid-immigration-under-18", "legal-aid-after-18", "appeal-rights-exhausted")) {
            assertTrue(CATALOGUE.item(id).isPresent(), id);
        }
        assertEquals("2026-07", CATALOGUE.version());
    }

    @Test
    void everyItemIsSourcedAndTagged() {
        Set<String> ids = new HashSet<>();
        for (Entitlement item : CATALOGUE.items()) {
            assertTrue(ids.add(item.id()), item.id());
            assertFalse(item.sources().isEmpty(), item.id());
            item.sources().forEach(s -> assertNotNull(s.tag(), item.id()));
            item.routes().forEach(r -> {
                assertNotNull(r.tag(), item.id());
                assertNotNull(r.basis(), item.id());
            });
            assertTrue(item.verification() != Verification.L, item.id());
        }
    }

    @Test
    void theHigherEducationBursaryIsTheStatutory2000() {
        StatutoryAmount amount = CATALOGUE.item("higher-education-bursary").orElseThrow().amount();
        assertEquals(AmountStatus.STATUTORY, amount.status());
        assertEquals(0, new BigDecimal("2000").compareTo(amount.pounds()));
        assertEquals(Verification.V, amount.tag());
    }

    @Test
    void theSettingUpHomeAllowanceIsARecommendedMinimumNotLaw() {
        Entitlement item = CATALOGUE.item("setting-up-home-allowance").orElseThrow();
        assertEquals(AmountStatus.DFE_RECOMMENDED_MINIMUM, item.amount().status());
        assertEquals(0, new BigDecimal("3000").compareTo(item.amount().pounds()));
        assertEquals(LocalDate.of(2023, 4, 1), item.amount().since());
        assertTrue(item.sources().stream().noneMatch(s -> s.kind() == SourceKind.ACT
                || s.kind() == SourceKind.REGULATIONS), "no act or regulations set it");
    }

    @Test
    void noUnconfirmedAmountAndNoStatutoryAmountWithoutPrimaryText() {
        for (Entitlement item : CATALOGUE.items()) {
            if (item.amount() != null) {
                assertTrue(item.amount().tag() == Verification.V || item.amount().tag() == Verification.S, item.id());
                if (item.amount().status() == AmountStatus.STATUTORY) {
                    assertEquals(Verification.V, item.amount().tag(), item.id());
                }
            }
        }
    }

    @Test
    void provisionsNotYetInForceHaveNoCommencementDateUntilOneIsConfigured() {
        for (String id : List.of("staying-close", "free-nhs-costs-to-25")) {
            Entitlement item = CATALOGUE.item(id).orElseThrow();
            assertEquals(LegalStatus.NOT_YET_IN_FORCE, item.legalStatus(), id);
            assertEquals(LocalDate.MAX, item.appliesFrom(), id);
        }
        EntitlementCatalogue commenced = CatalogueLoader.shipped(Map.of("staying-close", LocalDate.of(2027, 4, 1)));
        assertEquals(LocalDate.of(2027, 4, 1), commenced.item("staying-close").orElseThrow().appliesFrom());
    }

    @Test
    void aCommencementForAnItemAlreadyInForceIsRefused() {
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class,
                () -> CatalogueLoader.shipped(Map.of("personal-adviser", LocalDate.of(2027, 4, 1))));
        assertTrue(refused.getMessage().contains("personal-adviser"), refused.getMessage());
    }

    @Test
    void theEnglishBundleWordsEveryItemAndNothingElse() {
        ResourceBundle english = EntitlementWords.englishBundle();
        Set<String> itemKeys = new HashSet<>();
        for (String key : english.keySet()) {
            if (key.startsWith("item.")) {
                itemKeys.add(key);
            }
        }
        Set<String> expected = new HashSet<>();
        for (Entitlement item : CATALOGUE.items()) {
            expected.add(item.titleKey());
            expected.add(item.descriptionKey());
        }
        assertEquals(expected, itemKeys, "item keys without a catalogue item, or items without words");
        for (int age = 14; age <= 26; age++) {
            assertTrue(english.containsKey("ordinal." + age), "ordinal." + age);
        }
        for (CareLeaverCategory category : CareLeaverCategory.values()) {
            assertTrue(english.containsKey("category." + category), category.name());
        }
        for (ChangeCause.Kind kind : ChangeCause.Kind.values()) {
            assertTrue(english.containsKey("cause." + kind), kind.name());
        }
        for (AmountStatus status : AmountStatus.values()) {
            assertTrue(english.containsKey("amount-status." + status), status.name());
        }
        for (PaymentFrequency frequency : PaymentFrequency.values()) {
            assertTrue(english.containsKey("frequency." + frequency), frequency.name());
        }
    }

    @Test
    void everyAgeTheCatalogueNamesHasAnOrdinal() {
        ResourceBundle english = EntitlementWords.englishBundle();
        for (Entitlement item : CATALOGUE.items()) {
            for (EligibilityRoute route : item.routes()) {
                for (Integer age : new Integer[] {route.fromAge(), route.untilAge()}) {
                    if (age != null) {
                        assertTrue(english.containsKey("ordinal." + age), item.id() + " age " + age);
                    }
                }
            }
        }
    }

    // ---- refusals ----

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("a duplicate id", root -> ((ObjectNode) items(root).get(1)).put("id", "personal-adviser"),
                        "/items/1/id", "not unique"),
                refusal("an item without sources", root -> ((ObjectNode) items(root).get(0)).putArray("sources"),
                        "/items/0/sources", "at least one source"),
                refusal("a source without a tag", root -> ((ObjectNode) items(root).get(0).get("sources").get(0))
                        .remove("tag"), "/items/0/sources/0/tag", "is required"),
                refusal("a [S] source without the secondary source read", root ->
                        ((ObjectNode) items(root).get(0).get("sources").get(4)).remove("evidence"),
                        "/items/0/sources/4/evidence", "secondary source"),
                refusal("a route without a tag", root -> ((ObjectNode) items(root).get(0).get("routes").get(0))
                        .remove("tag"), "/items/0/routes/0/tag", "is required"),
                refusal("a local-policy tag", root -> ((ObjectNode) items(root).get(0).get("routes").get(0))
                        .put("tag", "L"), "/items/0/routes/0/tag", "local offer"),
                refusal("ages that do not fit the category", root -> ((ObjectNode) items(root).get(0).get("routes")
                        .get(0)).put("fromAge", 18), "/items/0/routes/0/categories", "inconsistent"),
                refusal("until before from", root -> ((ObjectNode) items(root).get(0).get("routes").get(2))
                        .put("untilAge", 17), "/items/0/routes/2/untilAge", "greater than fromAge"),
                refusal("an unconfirmed amount", root -> ((ObjectNode) item(root, "setting-up-home-allowance")
                        .get("amount")).put("tag", "U"), "/items/5/amount/tag", "unconfirmed"),
                refusal("a statutory amount from a secondary source", root ->
                        ((ObjectNode) item(root, "setting-up-home-allowance").get("amount"))
                                .put("amountStatus", "STATUTORY"), "/items/5/amount/amountStatus", "tag V"),
                refusal("a local amount with pounds", root -> ((ObjectNode) item(root, "council-tax"))
                        .putObject("amount").put("amountStatus", "LOCAL").put("pounds", 100).put("tag", "S")
                        .put("frequency", "YEARLY"), "/items/9/amount/pounds", "LOCAL"),
                refusal("an unknown heading", root -> ((ObjectNode) items(root).get(0)).put("heading", "benefits"),
                        "/items/0/heading", "statement headings"),
                refusal("an unknown field", root -> ((ObjectNode) items(root).get(0)).put("amountPounds", 5),
                        "/items/0/amountPounds", "not a known field"),
                refusal("an id the bundle does not word", root -> ((ObjectNode) items(root).get(0))
                        .put("id", "personal-adviser-two"), "/items/0", "no text for item.personal-adviser-two.title"),
                refusal("the wrong schema version", root -> root.put("schemaVersion", 2), "/schemaVersion",
                        "must be 1"));
    }

    private static Arguments refusal(String name, Consumer<ObjectNode> change, String pointer, String message) {
        return arguments(name, change, pointer, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aCatalogueThatIsNotSourcedOrConsistentIsRefused(String name, Consumer<ObjectNode> change, String pointer,
                                                         String message) {
        ObjectNode root = shippedTree();
        change.accept(root);
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class,
                () -> load(root, EntitlementWords.englishBundle()));
        assertTrue(refused.problems().stream().anyMatch(p -> p.pointer().equals(pointer)
                && p.message().contains(message)), name + ": " + refused.problems());
    }

    @Test
    void anAmountShownInTheWordsNeedsAnAmount() {
        ObjectNode root = shippedTree();
        ((ObjectNode) item(root, "higher-education-bursary")).remove("amount");
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class,
                () -> load(root, EntitlementWords.englishBundle()));
        assertTrue(refused.getMessage().contains("{amount}"), refused.getMessage());
    }

    @Test
    void aMissingHeadingInTheBundleIsRefused() {
        ResourceBundle english = EntitlementWords.englishBundle();
        ResourceBundle withoutRecords = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return english.keySet().stream().filter(k -> !k.equals("heading.records"))
                        .map(k -> new Object[] {k, english.getString(k)}).toArray(Object[][]::new);
            }
        };
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class,
                () -> load(shippedTree(), withoutRecords));
        assertTrue(refused.getMessage().contains("heading.records"), refused.getMessage());
    }

    @Test
    void notJsonIsRefused() {
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class, () -> CatalogueLoader.load(
                new ByteArrayInputStream("[1, 2".getBytes(StandardCharsets.UTF_8)), EntitlementWords.englishBundle(),
                Map.of()));
        assertEquals("", refused.problems().get(0).pointer());
    }

    @Test
    void theShippedTreeLoadsUnchanged() {
        assertEquals(CATALOGUE.items().size(), load(shippedTree(), EntitlementWords.englishBundle()).items().size());
        assertNull(CATALOGUE.item("no-such-item").orElse(null));
    }

    private static EntitlementCatalogue load(ObjectNode root, ResourceBundle bundle) {
        try {
            return CatalogueLoader.load(new ByteArrayInputStream(LocalOffers.JSON.writeValueAsBytes(root)), bundle,
                    Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode shippedTree() {
        try (InputStream in = CatalogueLoaderTest.class.getClassLoader()
                .getResourceAsStream(CatalogueLoader.CATALOGUE_RESOURCE)) {
            return (ObjectNode) LocalOffers.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArrayNode items(ObjectNode root) {
        return (ArrayNode) root.get("items");
    }

    private static JsonNode item(ObjectNode root, String id) {
        for (JsonNode item : items(root)) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id);
    }
}
