package org.leavingcare.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fakes of the pathway-service and leaver-service change feeds: tiny JDK HTTP servers on dynamic
 * loopback ports serving {@code GET /events?after=&limit=} from events the tests publish. They do not
 * check tokens (docs/change-feeds.md). Registered for every test of the module ({@link TestDatabase}).
 */
public class FakeFeeds implements QuarkusTestResourceLifecycleManager {

    public static final Feed PATHWAY = new Feed();
    public static final Feed LEAVER = new Feed();

    private final List<HttpServer> servers = new ArrayList<>();

    /** One fake feed: its events, and a switch to make it answer 503 like a producer that is down. */
    public static final class Feed {
        private final List<String> events = new ArrayList<>();
        private final List<Long> sequences = new ArrayList<>();
        private long nextSequence = 1;
        private volatile boolean down;
        private volatile String lastCorrelationId;

        /** The X-Correlation-Id of the last request (the consumer sends one per batch). */
        public String lastCorrelationId() {
            return lastCorrelationId;
        }

        /** Publishes an event whose {@code data} is {@code dataJson}; returns its sequence. */
        public synchronized long publish(String type, String caseRef, String dataJson) {
            long sequence = nextSequence++;
            events.add("{\"sequence\": " + sequence + ", \"type\": \"" + type + "\", \"caseRef\": \"" + caseRef
                    + "\", \"occurredAt\": \"2026-03-01T10:15:30Z\", \"data\": " + dataJson + "}");
            sequences.add(sequence);
            return sequence;
        }

        public synchronized long lastSequence() {
            return nextSequence - 1;
        }

        public void down(boolean down) {
            this.down = down;
        }

        synchronized String page(long after, int limit) {
            List<String> page = new ArrayList<>();
            long last = after;
            boolean more = false;
            for (int i = 0; i < events.size(); i++) {
                if (sequences.get(i) <= after) {
                    continue;
                }
                if (page.size() == limit) {
                    more = true;
                    break;
                }
                page.add(events.get(i));
                last = sequences.get(i);
            }
            return "{\"events\": [" + String.join(",", page) + "], \"lastSequence\": " + last + ", \"hasMore\": " + more + "}";
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.rest-client.pathway-feed.url", serve(PATHWAY),
                "quarkus.rest-client.leaver-feed.url", serve(LEAVER));
    }

    private String serve(Feed feed) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/events", exchange -> answer(feed, exchange));
            server.start();
            servers.add(server);
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException("could not start a fake feed", e);
        }
    }

    private static void answer(Feed feed, HttpExchange exchange) throws IOException {
        feed.lastCorrelationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
        if (feed.down) {
            send(exchange, 503, "{\"status\": 503}");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        long after = Long.parseLong(query.getOrDefault("after", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        send(exchange, 200, feed.page(after, limit));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return values;
    }

    @Override
    public void stop() {
        servers.forEach(s -> s.stop(0));
    }
}
