package org.leavingcare.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A case-management system's webhook endpoint as an integrator would write it: it checks the
 * Standard Webhooks signature with its own HMAC code (not the sender's library), refuses a bad one,
 * and deduplicates by {@code webhook-id}. It can be taken down and brought back on the same port.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One accepted notification. */
    public record Received(String webhookId, long timestamp, String body) {
    }

    private final int port;
    private final Map<String, Received> byId = new ConcurrentHashMap<>();
    private final List<Received> inOrder = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private volatile String secret;
    private HttpServer server;

    public WebhookReceiver() throws IOException {
        this.port = Suite.freePort();
        up();
    }

    public String url() {
        return "http://localhost:" + port + "/hooks/care-leavers";
    }

    /** The signing secret the subscription showed once ({@code whsec_...}). */
    public void trust(String whsecSecret) {
        this.secret = whsecSecret;
    }

    public synchronized void up() throws IOException {
        if (server != null) {
            return;
        }
        server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/hooks/care-leavers", this::handle);
        server.start();
    }

    /** Connections are refused until {@link #up()}. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        attempts.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        int status;
        if (id == null || timestamp == null || signatures == null || !verifies(id, timestamp, body, signatures)) {
            badSignatures.incrementAndGet();
            status = 401;
        } else {
            Received previous = byId.putIfAbsent(id, new Received(id, Long.parseLong(timestamp), body));
            if (previous == null) {
                inOrder.add(byId.get(id));
            } else {
                duplicates.incrementAndGet();
            }
            status = 204;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    boolean verifies(String id, String timestamp, String body, String signatureHeader) {
        String current = secret;
        if (current == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] key = Base64.getDecoder().decode(current.substring("whsec_".length()));
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String candidate : signatureHeader.split(" ")) {
                if (candidate.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public List<Received> received() {
        return new ArrayList<>(inOrder);
    }

    public int attempts() {
        return attempts.get();
    }

    public int duplicates() {
        return duplicates.get();
    }

    public int badSignatures() {
        return badSignatures.get();
    }

    @Override
    public void close() {
        down();
    }
}
