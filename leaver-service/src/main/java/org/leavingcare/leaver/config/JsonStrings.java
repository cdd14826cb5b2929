package org.leavingcare.leaver.config;

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
 * PostgreSQL cannot store a NUL character ({@code \u0000}) in text: every string read from a JSON body is
 * checked here, so a NUL anywhere in a body is a 400 naming the field (the body mappers turn the mapping
 * exception into one), never a 500 from the database.
 */
@Singleton
public class JsonStrings implements ObjectMapperCustomizer {

    public static final String MESSAGE = "must not contain a NUL character";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-strings").addDeserializer(String.class, new Reader()));
    }

    /** The cause of the mapping exception, so that the mapper can say what is wrong. */
    public static final class NulCharacter extends IllegalArgumentException {
        NulCharacter() {
            super(MESSAGE);
        }
    }

    static final class Reader extends StdScalarDeserializer<String> {

        Reader() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw JsonMappingException.from(parser, MESSAGE, new NulCharacter());
            }
            return text;
        }
    }
}
