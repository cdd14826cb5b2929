package org.leavingcare.leaver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * pathway-service as leaver-service sees it, on a dynamic loopback port: its change feed and
 * {@code GET /young-people/{caseRef}}. Tests publish events, and make it fail (500s), hang (longer
 * than the client's read timeout) or go away (connection refused), then recover. It checks no tokens.
 */
public class FakePathway implements QuarkusTestResourceLifecycleManager {

    public enum Mode { OK, ERROR_500, SLOW, DOWN }

    record Event(long sequence, String type, String caseRef, String snapshot) {
    }

    static final List<Event> EVENTS = new CopyOnWriteArrayList<>();
    public static final Map<String, String> RECORDS = new ConcurrentHashMap<>();
    /** The {@code after} of every feed request answered with 200. */
    public static final List<Long> SERVED_AFTER = new CopyOnWriteArrayList<>();
    public static final AtomicInteger FAILED_REQUESTS = new AtomicInteger();
    public static final AtomicInteger RECORD_REQUESTS = new AtomicInteger();
    public static volatile String lastAuthorization;
    /** The X-Correlation-Id of every feed request, in order. */
    public static final List<String> FEED_CORRELATION_IDS = new CopyOnWriteArrayList<>();
    /** The headers of the last fresh read of a young person. */
    public static volatile String lastRecordAuthorization;
    public static volatile String lastRecordCorrelationId;
    public static volatile String lastRecordOnBehalfOf;
    static volatile Mode mode = Mode.OK;
    /** Serve at most this many events a page, to make the consumer page through. */
    public static volatile int maxPage = 500;
    /** Serve this many events before {@code after} again (a misbehaving producer) to prove replays change nothing. */
    public static volatile int replay;
    static volatile long slowMillis = 4000;

    private static HttpServer server;
    private static int port;
    private static ExecutorService executor;

    @Override
    public Map<String, String> start() {
        try {
            startServer(0);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the fake pathway-service", e);
        }
        return Map.of("quarkus.rest-client.pathway.url", "http://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        synchronized (FakePathway.class) {
            if (server != null && mode != Mode.DOWN) {
                server.stop(0);
            }
            server = null;
            mode = Mode.OK;
            if (executor != null) {
                executor.shutdownNow();
                executor = null;
            }
        }
    }

    private static synchronized void startServer(int onPort) throws IOException {
        if (executor == null) {
            executor = Executors.newCachedThreadPool();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        server.setExecutor(executor);
        server.createContext("/events", FakePathway::events);
        server.createContext("/young-people/", FakePathway::youngPerson);
        server.start();
        port = server.getAddress().getPort();
    }

    /** Starts failing or recovering; DOWN closes the port, so connections are refused. */
    public static synchronized void mode(Mode next) {
        if (next == Mode.DOWN && mode != Mode.DOWN) {
            server.stop(0);
        } else if (next != Mode.DOWN && mode == Mode.DOWN) {
            IOException last = null;
            for (int attempt = 0; attempt < 50; attempt++) {
                try {
                    startServer(port);
                    last = null;
                    break;
                } catch (IOException e) {
                    last = e;
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            if (last != null) {
                throw new IllegalStateException("could not reopen the fake pathway-service port " + port, last);
            }
        }
        mode = next;
    }

    /** Back to a well-behaved producer. */
    public static void reset() {
        mode(Mode.OK);
        maxPage = 500;
        replay = 0;
    }

    /** Appends an event with the next sequence; {@code snapshot} is the young person JSON. */
    public static synchronized long publish(String type, String caseRef, String snapshot) {
        long sequence = EVENTS.size() + 1L;
        EVENTS.add(new Event(sequence, type, caseRef, snapshot));
        return sequence;
    }

    public static long lastSequence() {
        return EVENTS.size();
    }

    private static void events(HttpExchange exchange) throws IOException {
        try (exchange) {
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
            FEED_CORRELATION_IDS.add(correlationId == null ? "" : correlationId);
            if (fail(exchange)) {
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            long after = Long.parseLong(query.getOrDefault("after", "0"));
            int limit = Math.min(Integer.parseInt(query.getOrDefault("limit", "100")), maxPage);
            long from = Math.max(0, after - replay);
            List<Event> page = new ArrayList<>();
            for (Event e : EVENTS) {
                if (e.sequence() > from && e.sequence() <= after + limit) {
                    page.add(e);
                }
            }
            long lastSequence = page.isEmpty() ? after : page.get(page.size() - 1).sequence();
            boolean hasMore = EVENTS.size() > lastSequence;
            StringBuilder body = new StringBuilder("{\"events\": [");
            for (int i = 0; i < page.size(); i++) {
                Event e = page.get(i);
                if (i > 0) {
                    body.append(',');
                }
                body.append("{\"sequence\": ").append(e.sequence())
                        .append(", \"type\": \"").append(e.type())
                        .append("\", \"caseRef\": \"").append(e.caseRef())
                        .append("\", \"occurredAt\": \"2026-03-01T10:15:30Z\", \"data\": {\"youngPerson\": ")
                        .append(e.snapshot()).append("}}");
            }
            body.append("], \"lastSequence\": ").append(lastSequence).append(", \"hasMore\": ").append(hasMore).append('}');
            SERVED_AFTER.add(after);
            send(exchange, 200, body.toString());
        }
    }

    private static void youngPerson(HttpExchange exchange) throws IOException {
        try (exchange) {
            RECORD_REQUESTS.incrementAndGet();
            lastRecordAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            lastRecordCorrelationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
            lastRecordOnBehalfOf = exchange.getRequestHeaders().getFirst("X-On-Behalf-Of");
            if (fail(exchange)) {
                return;
            }
            String caseRef = exchange.getRequestURI().getPath().substring("/young-people/".length());
            String record = RECORDS.get(caseRef);
            if (record == null) {
                send(exchange, 404, "{\"status\": 404}");
            } else {
                send(exchange, 200, record);
            }
        }
    }

    private static boolean fail(HttpExchange exchange) throws IOException {
        if (mode == Mode.ERROR_500) {
            FAILED_REQUESTS.incrementAndGet();
            send(exchange, 500, "{\"status\": 500}");
            return true;
        }
        if (mode == Mode.SLOW) {
            FAILED_REQUESTS.incrementAndGet();
            try {
                Thread.sleep(slowMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // the client has given up long ago
            send(exchange, 503, "{\"status\": 503}");
            return true;
        }
        return false;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // the client gave up waiting (a timeout under test)
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
