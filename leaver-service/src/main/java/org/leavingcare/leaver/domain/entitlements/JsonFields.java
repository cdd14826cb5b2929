package org.leavingcare.leaver.domain.entitlements;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict reading of one JSON object: every field is read by name, a wrong type or a missing required field
 * is recorded with its JSON Pointer, and {@link #finish()} records every field nobody read, so that a
 * misspelt field is refused instead of silently ignored. Problems accumulate so that one response can name
 * them all.
 */
final class JsonFields {

    /** PostgreSQL text cannot hold it, so it is refused here rather than failing when stored. */
    private static final String NUL = "must not contain a NUL character";

    private final JsonNode node;
    private final String pointer;
    private final List<DocumentProblem> problems;
    private final Set<String> read = new HashSet<>();

    private JsonFields(JsonNode node, String pointer, List<DocumentProblem> problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    /** The object at {@code pointer}, or {@code null} (with a problem recorded) if it is not an object. */
    static JsonFields of(JsonNode node, String pointer, List<DocumentProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new DocumentProblem(pointer, "must be an object"));
            return null;
        }
        return new JsonFields(node, pointer, problems);
    }

    String pointer() {
        return pointer;
    }

    List<DocumentProblem> problems() {
        return problems;
    }

    Iterator<String> fieldNames() {
        return node.fieldNames();
    }

    String at(String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    void problem(String field, String message) {
        problems.add(new DocumentProblem(field == null ? pointer : at(field), message));
    }

    private JsonNode field(String name, boolean required) {
        read.add(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(name, "is required");
            }
            return null;
        }
        return value;
    }

    String text(String name, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(name, "must be a non-empty string");
            return null;
        }
        if (value.asText().indexOf('\u0000') >= 0) {
            problem(name, NUL);
            return null;
        }
        return value.asText().strip();
    }

    Integer integer(String name, boolean required, int min, int max) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            problem(name, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return value.asInt();
    }

    Boolean bool(String name, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problem(name, "must be true or false");
            return null;
        }
        return value.asBoolean();
    }

    LocalDate date(String name, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            try {
                return LocalDate.parse(value.asText());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problem(name, "must be a date in the form YYYY-MM-DD");
        return null;
    }

    /** A number of pounds: not negative, at most two decimal places, below one million. */
    BigDecimal pounds(String name, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problem(name, "must be a number of pounds");
            return null;
        }
        if (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
            problem(name, "must be a number of pounds");
            return null;
        }
        BigDecimal pounds = value.decimalValue();
        if (pounds.signum() < 0 || pounds.stripTrailingZeros().scale() > 2
                || pounds.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            problem(name, "must be from 0 to 999999.99 pounds, with at most two decimal places");
            return null;
        }
        return pounds;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            problem(name, "must be one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    /** The array's elements, or an empty list (with a problem recorded if it was required or not an array). */
    List<JsonNode> array(String name, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(name, "must be an array");
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    JsonFields object(String name, boolean required) {
        JsonNode value = field(name, required);
        return value == null ? null : of(value, at(name), problems);
    }

    /** Text by language tag: at least English; each language tag two or three lower-case letters. */
    LocalText localText(String name, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problem(name, "must be an object of text by language, for example {\"en\": \"...\"}");
            return null;
        }
        Map<String, String> byLanguage = new java.util.LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        boolean ok = true;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String languagePointer = at(name) + "/" + entry.getKey();
            if (!entry.getKey().matches("[a-z]{2,3}")) {
                problems.add(new DocumentProblem(languagePointer, "must be a language code such as en or cy"));
                ok = false;
            } else if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
                problems.add(new DocumentProblem(languagePointer, "must be a non-empty string"));
                ok = false;
            } else if (entry.getValue().asText().indexOf('\u0000') >= 0) {
                problems.add(new DocumentProblem(languagePointer, NUL));
                ok = false;
            } else {
                byLanguage.put(entry.getKey(), entry.getValue().asText().strip());
            }
        }
        if (!byLanguage.containsKey(LocalText.ENGLISH)) {
            problem(name, "must have English text (\"en\")");
            ok = false;
        }
        return ok ? new LocalText(byLanguage) : null;
    }

    /** Records every field that was not read: a misspelt or unknown field is refused, not ignored. */
    void finish() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                problem(name, "is not a known field");
            }
        }
    }
}
