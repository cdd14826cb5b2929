package org.leavingcare.notification.service.webhook;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A case-management system's webhook endpoint: a JDK HTTP server on a loopback port that records every
 * request and answers as the test's behaviour says. It deduplicates like a careful receiver: a
 * webhook-id is "processed" once, however often it arrives.
 */
final class Receiver implements AutoCloseable {

    record Request(Instant at, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String webhookId() {
            return header("webhook-id");
        }
    }

    record Answer(int status, Map<String, String> headers, long delayMillis) {
        static Answer of(int status) {
            return new Answer(status, Map.of(), 0);
        }
    }

    final List<Request> received = new CopyOnWriteArrayList<>();
    /** What the receiver did, once per webhook-id however often it arrived. */
    final List<String> effects = new CopyOnWriteArrayList<>();
    /** How often each webhook-id arrived while the receiver was up (duplicates included). */
    final Map<String, AtomicInteger> processed = new ConcurrentHashMap<>();
    /** How many requests for each webhook-id were in progress at once, at most. */
    final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    final AtomicInteger concurrentDuplicates = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private volatile Function<Request, Answer> behaviour = r -> Answer.of(204);

    private Receiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                Request request = new Request(Instant.now(), exchange.getRequestURI().getPath(),
                        Map.copyOf(exchange.getRequestHeaders()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                received.add(request);
                String id = request.webhookId();
                AtomicInteger running = id == null ? new AtomicInteger()
                        : inFlight.computeIfAbsent(id, k -> new AtomicInteger());
                if (running.incrementAndGet() > 1) {
                    concurrentDuplicates.incrementAndGet();
                }
                try {
                    Answer answer = behaviour.apply(request);
                    if (answer.delayMillis() > 0) {
                        Thread.sleep(answer.delayMillis());
                    }
                    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                    exchange.sendResponseHeaders(answer.status(), -1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
            } catch (IOException e) {
                // the sender hung up (a timeout): nothing to answer
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    static Receiver start() throws IOException {
        return new Receiver(0);
    }

    static Receiver startOn(int port) throws IOException {
        return new Receiver(port);
    }

    /** A loopback port nobody listens on (yet). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    void answer(Function<Request, Answer> behaviour) {
        this.behaviour = behaviour;
    }

    /**
     * Processes a request as a deduplicating receiver does: the effect (here, adding the webhook-id to
     * {@link #effects}) happens the first time an id arrives only. Returns whether it was the first time.
     */
    boolean process(Request request) {
        boolean first = processed.computeIfAbsent(request.webhookId(), k -> new AtomicInteger()).incrementAndGet() == 1;
        if (first) {
            effects.add(request.webhookId());
        }
        return first;
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/hooks";
    }

    List<Request> requestsFor(String webhookId) {
        return received.stream().filter(r -> webhookId.equals(r.webhookId())).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
