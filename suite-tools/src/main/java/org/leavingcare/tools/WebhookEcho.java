package org.leavingcare.tools;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A webhook receiver for trying the suite out: {@code bin/suite receive-webhooks --port 9000 --secret whsec_...}.
 * It prints each notification, checks its Standard Webhooks signature with the subscription's secret
 * (answering 401 to a bad one, as a real receiver should), and reports a repeated {@code webhook-id}
 * as a duplicate instead of processing it twice.
 */
public final class WebhookEcho {

    private WebhookEcho() {
    }

    public static void main(String[] args) throws Exception {
        int port = 9000;
        String secret = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--secret" -> secret = args[++i];
                default -> {
                    System.err.println("usage: receive-webhooks [--port 9000] [--secret whsec_...]");
                    System.exit(2);
                }
            }
        }
        String key = secret;
        Set<String> seen = ConcurrentHashMap.newKeySet();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            String verdict;
            int status = 204;
            if (key == null) {
                verdict = "signature not checked (start with --secret whsec_...)";
            } else if (id != null && timestamp != null && signature != null && verifies(key, id, timestamp, body, signature)) {
                verdict = "signature valid";
            } else {
                verdict = "SIGNATURE INVALID: refused with 401";
                status = 401;
            }
            boolean duplicate = status == 204 && id != null && !seen.add(id);
            System.out.printf("%s %s %s%s%n  %s%n%n", Instant.now(), exchange.getRequestURI(), id,
                    duplicate ? " (duplicate: already processed)" : "", verdict);
            System.out.println("  " + body);
            System.out.flush();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        System.out.println("Receiving webhooks at http://localhost:" + port + "/ (Ctrl-C to stop)");
    }

    /** Standard Webhooks: base64(HMAC-SHA256(secret, id.timestamp.body)) among the space-separated v1 signatures. */
    static boolean verifies(String secret, String id, String timestamp, String body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String candidate : header.split(" ")) {
                if (candidate.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
        } catch (Exception e) {
            return false;
        }
        return false;
    }
}
