package org.leavingcare.pathway.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Every {@link LocalDate} read from JSON is checked against {@link RecordedDates}: applied last, so that this reader
 * replaces the JavaTime module's for every body (plan content included).
 */
@Singleton
public class JsonDates implements ObjectMapperCustomizer {

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("recorded-dates").addDeserializer(LocalDate.class, new Reader()));
    }

    static final class Reader extends StdScalarDeserializer<LocalDate> {

        Reader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && !RecordedDates.accepted(date)) {
                throw JsonMappingException.from(parser, RecordedDates.MESSAGE, new RecordedDates.OutOfRange());
            }
            return date;
        }
    }
}
