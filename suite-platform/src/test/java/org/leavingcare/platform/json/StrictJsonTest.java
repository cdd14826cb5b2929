package org.leavingcare.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The strict reading, on the mapper alone: each leniency Jackson allows by default, refused. */
class StrictJsonTest {

    public record Adviser(String name, int capacity, Boolean active, LocalDate since, List<String> languages, Double weight) {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        new StrictJson().customize(mapper);
        return mapper;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\": \"Pat\", \"capacity\": 20, \"active\": true, \"since\": \"2026-01-05\", \"languages\": [\"en\"], \"weight\": 1.5}",
            "{\"name\": \"tab\\there\\nand a line\", \"capacity\": 0}",
            "{\"weight\": 2}",
            "{}",
    })
    void whatTheApiDefinesIsRead(String json) throws Exception {
        mapper().readValue(json, Adviser.class);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\": \"Pat\"} {\"name\": \"Sam\"}       | trailing content",
            "{\"name\": \"Pat\"} x                         | trailing garbage",
            "{\"name\": \"Pat\", \"name\": \"Sam\"}         | a duplicate key",
            "{\"capacity\": 1.5}                           | a fraction for a whole number",
            "{\"capacity\": \"20\"}                        | a string for a number",
            "{\"capacity\": true}                          | a boolean for a number",
            "{\"weight\": \"1.5\"}                         | a string for a decimal",
            "{\"active\": 1}                               | a number for a boolean",
            "{\"active\": \"true\"}                        | a string for a boolean",
            "{\"name\": 12}                                | a number for text",
            "{\"name\": true}                              | a boolean for text",
            "{\"name\": \"a\\u0000b\"}                     | a NUL in text",
            "{\"name\": \"a\\u0007b\"}                     | a control character in text",
            "{\"name\": \"a\\ud800\"}                      | an unpaired surrogate",
            "{\"languages\": [\"en\", 7]}                  | a number in a list of text",
            "{\"since\": \"1899-12-31\"}                   | a date before 1900",
            "{\"since\": \"+12026-01-01\"}                 | a date after 2199",
            "{\"since\": 20000}                            | a number for a date",
            "{\"since\": [2026, 1, 5]}                     | an array for a date",
            "{\"colour\": \"red\"}                         | an unknown field",
    })
    void whatTheApiDoesNotDefineIsRefused(String json, String what) {
        assertThrows(JsonProcessingException.class, () -> mapper().readValue(json, Adviser.class), what);
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"capacity\": 1.5}                    | capacity",
            "{\"name\": \"a\\u0001\"}               | name",
            "{\"languages\": [\"en\", \"a\\u0000\"]} | languages[1]",
            "{\"since\": \"1800-01-01\"}            | since",
    })
    void aRefusalNamesTheField(String json, String field) {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper().readValue(json, Adviser.class));
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        assertEquals(field, path.toString());
    }
}
