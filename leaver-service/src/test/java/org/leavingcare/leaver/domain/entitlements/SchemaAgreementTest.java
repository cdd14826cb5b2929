package org.leavingcare.leaver.domain.entitlements;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JSON schemas published for integrators say the same as the Java readers that enforce them: the same
 * enumerations, the same condition names, the same required fields. A field added to one and not the
 * other fails here.
 */
class SchemaAgreementTest {

    private final JsonNode offer = schema("entitlements/local-offer.schema.json");
    private final JsonNode catalogue = schema("entitlements/catalogue.schema.json");

    @Test
    void categoriesAreTheSuiteCategories() {
        assertEquals(names(CareLeaverCategory.values()), strings(offer.at("/$defs/category/enum")));
    }

    @Test
    void conditionsAreTheConditionsTheRulesKnow() {
        Set<String> java = new TreeSet<>();
        for (Condition condition : Condition.values()) {
            java.add(condition.jsonName());
        }
        Set<String> schema = new TreeSet<>();
        offer.at("/$defs/route/properties/conditions/properties").fieldNames().forEachRemaining(schema::add);
        assertEquals(java, schema);
    }

    @Test
    void frequenciesAndStatusesAgree() {
        assertEquals(names(PaymentFrequency.values()),
                strings(offer.at("/properties/items/items/properties/amount/properties/frequency/enum")));
        assertEquals(names(AmountStatus.values()),
                strings(catalogue.at("/properties/items/items/properties/amount/properties/amountStatus/enum")));
        assertEquals(names(SourceKind.values()), strings(catalogue.at("/$defs/source/properties/kind/enum")));
        assertEquals(names(LegalStatus.values()),
                strings(catalogue.at("/properties/items/items/properties/legalStatus/enum")));
    }

    @Test
    void headingsAreTheStatementHeadings() {
        Set<String> keys = new TreeSet<>();
        for (StatementHeading heading : StatementHeading.values()) {
            keys.add(heading.key());
        }
        assertEquals(keys, strings(catalogue.at("/properties/items/items/properties/heading/enum")));
    }

    @Test
    void requiredFieldsAreTheOnesTheReaderRequires() {
        // what the reader refuses when missing, field by field
        assertEquals(Set.of("schemaVersion", "council", "version", "publishedOn", "items", "contacts"),
                strings(offer.at("/required")));
        assertEquals(Set.of("id", "heading", "title", "description", "eligibility"),
                strings(offer.at("/properties/items/items/required")));
        assertEquals(Set.of("id", "name"), strings(offer.at("/properties/contacts/items/required")));
        assertEquals(Set.of("categories"), strings(offer.at("/$defs/route/required")));
        assertEquals(Set.of("id", "heading", "legalStatus", "routes", "sources"),
                strings(catalogue.at("/properties/items/items/required")));
        assertEquals(Set.of("basis", "tag", "categories"), strings(catalogue.at("/$defs/route/required")));
    }

    @Test
    void everyFieldOfTheExampleOfferIsInTheSchema() {
        LocalOffers.example();
        JsonNode example = readExample();
        List<String> unknown = new ArrayList<>();
        fieldsOutsideSchema(example, offer, "", unknown);
        assertEquals(List.of(), unknown);
    }

    private JsonNode readExample() {
        try {
            return LocalOffers.JSON.readTree(LocalOffers.exampleJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks the document beside the schema's properties (following local $refs). */
    private void fieldsOutsideSchema(JsonNode document, JsonNode schema, String at, List<String> unknown) {
        schema = resolve(schema);
        if (document.isObject()) {
            JsonNode properties = schema.get("properties");
            JsonNode additional = schema.get("additionalProperties");
            document.fields().forEachRemaining(field -> {
                JsonNode property = properties == null ? null : properties.get(field.getKey());
                if (property != null) {
                    fieldsOutsideSchema(field.getValue(), property, at + "/" + field.getKey(), unknown);
                } else if (additional == null || !additional.isObject()) {
                    unknown.add(at + "/" + field.getKey());
                }
            });
        } else if (document.isArray() && schema.has("items")) {
            for (int i = 0; i < document.size(); i++) {
                fieldsOutsideSchema(document.get(i), schema.get("items"), at + "/" + i, unknown);
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = offer.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    private static JsonNode schema(String resource) {
        try (InputStream in = SchemaAgreementTest.class.getClassLoader().getResourceAsStream(resource)) {
            return LocalOffers.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Set<String> names(Enum<?>[] values) {
        return new TreeSet<>(Arrays.stream(values).map(Enum::name).toList());
    }
}
