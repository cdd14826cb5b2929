package org.leavingcare.pathway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * leaver-service's change feed as pathway-service sees it, on a dynamic loopback port. Tests publish leaver
 * snapshots (with properties pathway-service does not read, as the real one has); it checks no tokens.
 */
public class FakeLeaver implements QuarkusTestResourceLifecycleManager {

    record Event(long sequence, String type, String caseRef, String adviserId) {
    }

    static final List<Event> EVENTS = new CopyOnWriteArrayList<>();
    public static final List<String> CORRELATION_IDS = new CopyOnWriteArrayList<>();
    /** Answer 503 to every request, as a leaver-service that is down. */
    public static volatile boolean down;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the fake leaver-service", e);
        }
        server.createContext("/events", FakeLeaver::events);
        server.start();
        return Map.of("quarkus.rest-client.leaver.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Appends an event whose snapshot names {@code adviserId} (null: no current adviser). */
    public static synchronized void publish(String type, String caseRef, String adviserId) {
        EVENTS.add(new Event(EVENTS.size() + 1, type, caseRef, adviserId));
    }

    private static void events(HttpExchange exchange) throws IOException {
        if (down) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        long after = 0;
        int limit = 100;
        for (String part : query == null ? new String[0] : query.split("&")) {
            String[] pair = part.split("=", 2);
            if (pair.length == 2 && pair[0].equals("after")) {
                after = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("limit")) {
                limit = Integer.parseInt(pair[1]);
            }
        }
        String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
        if (correlationId != null) {
            CORRELATION_IDS.add(correlationId);
        }
        long from = after;
        List<Event> page = EVENTS.stream().filter(e -> e.sequence() > from).limit(limit).toList();
        long last = page.isEmpty() ? after : page.get(page.size() - 1).sequence();
        boolean more = EVENTS.stream().anyMatch(e -> e.sequence() > last);
        String events = page.stream().map(e -> """
                {"sequence": %d, "type": "%s", "caseRef": "%s", "occurredAt": "2026-03-01T10:00:00Z", "newField": 1,
                 "data": {"leaver": {"caseRef": "%s", "team": "north", "allocationDueOn": "2027-11-14",
                  "adviserId": %s, "allocatedOn": null, "somethingNew": {"x": 1}}}}"""
                .formatted(e.sequence(), e.type(), e.caseRef(), e.caseRef(),
                        e.adviserId() == null ? "null" : "\"" + e.adviserId() + "\""))
                .collect(Collectors.joining(","));
        byte[] body = ("{\"events\": [" + events + "], \"lastSequence\": " + last + ", \"hasMore\": " + more + "}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
