package org.leavingcare.notification.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * PostgreSQL cannot store or compare a string holding the NUL character ({@code \u0000}), so no JSON string
 * holding one is read at all: it fails as an {@link com.fasterxml.jackson.databind.exc.InvalidFormatException},
 * which the body mappers answer with a 400 naming the field by its JSON path (never a 500).
 */
@Singleton
public class NulRefusingStrings implements ObjectMapperCustomizer {

    public static final String MESSAGE = "must not contain the NUL character";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("nul-refusing-strings")
                .addDeserializer(String.class, new Deserializer()));
    }

    static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw ctxt.weirdStringException(value, String.class, MESSAGE);
            }
            return value;
        }
    }
}
