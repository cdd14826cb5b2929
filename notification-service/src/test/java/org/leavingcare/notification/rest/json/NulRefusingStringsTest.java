package org.leavingcare.notification.rest.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.leavingcare.notification.rest.api.AcknowledgementInput;
import org.leavingcare.notification.rest.api.SubscriptionInput;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every JSON string holding a NUL character is refused while reading, with its path. */
class NulRefusingStringsTest {

    final ObjectMapper mapper = mapper();

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new NulRefusingStrings().customize(mapper);
        return mapper;
    }

    @Test
    void aStringFieldOfARecordAListElementAndAPlainStringAreRefused() throws Exception {
        InvalidFormatException note = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"note\": \"a\\u0000b\"}", AcknowledgementInput.class));
        assertEquals("note", note.getPath().get(0).getFieldName());
        InvalidFormatException description = assertThrows(InvalidFormatException.class, () -> mapper.readValue(
                "{\"url\": \"https://x.example\", \"eventTypes\": [\"alert.raised\"], \"description\": \"\\u0000\"}",
                SubscriptionInput.class));
        assertEquals("description", description.getPath().get(0).getFieldName());
        assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("[\"ok\", \"\\u0000\"]", mapper.getTypeFactory().constructCollectionType(List.class, String.class)));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("\"\\u0000\"", String.class));
        assertEquals("fine", mapper.readValue("\"fine\"", String.class));
    }
}
