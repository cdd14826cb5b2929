package org.leavingcare.leaver.domain.entitlements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** The shipped example local offer, and variations of it for tests. */
final class LocalOffers {

    static final ObjectMapper JSON = new ObjectMapper();

    private LocalOffers() {
    }

    static String exampleJson() {
        try (InputStream in = LocalOffers.class.getClassLoader()
                .getResourceAsStream("entitlements/local-offer.example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with {@code change} applied to its JSON tree. */
    static String exampleWith(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(exampleJson());
            change.accept(root);
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode item(ObjectNode root, String id) {
        for (JsonNode item : root.withArray("items")) {
            if (item.get("id").asText().equals(id)) {
                return (ObjectNode) item;
            }
        }
        throw new AssertionError("no item " + id);
    }

    static LocalOffer example() {
        return read(exampleJson());
    }

    static LocalOffer read(String json) {
        return LocalOfferReader.read(json, YoungPeople.CATALOGUE).offer();
    }
}
