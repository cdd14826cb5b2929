package org.leavingcare.pathway.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Every string read from a JSON body is refused if it holds a NUL character, which PostgreSQL cannot store: a
 * mapping error naming the field (a 400), never a database error.
 */
@Singleton
public class JsonStrings implements ObjectMapperCustomizer {

    public static final String MESSAGE = "must not contain a NUL character";

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-strings").addDeserializer(String.class, new Reader()));
    }

    /** Why a string was refused (the mapping error's cause, so that the 400 says it). */
    public static final class NulCharacter extends RuntimeException {
        NulCharacter() {
            super(MESSAGE, null, false, false);
        }
    }

    static final class Reader extends StdScalarDeserializer<String> {

        Reader() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw JsonMappingException.from(parser, MESSAGE, new NulCharacter());
            }
            return value;
        }
    }
}
