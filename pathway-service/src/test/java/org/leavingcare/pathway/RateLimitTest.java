package org.leavingcare.pathway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/access-and-audit.md, "Limits": a token bucket per client address (before authentication and route matching)
 * and one per verified token subject, 429 problem+json with Retry-After over either. Each test sends from its own
 * loopback addresses (127.0.0.x), so the address buckets of one do not drain another's.
 */
@QuarkusTest
@TestProfile(RateLimitTest.TinyLimit.class)
class RateLimitTest {

    /** A bucket of 3, refilled so slowly that no token comes back during a test. */
    public static class TinyLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.rate-limit.requests-per-second", "0.01", "suite.rate-limit.burst", "3");
        }
    }

    @Test
    void unauthenticatedRequestsAreLimitedByAddress() throws IOException {
        for (int i = 0; i < 3; i++) {
            assertEquals(401, send("127.0.0.2", "/young-people", null).status());
        }
        Reply limited = send("127.0.0.2", "/young-people", null);
        assertEquals(429, limited.status());
        assertTrue(limited.head().contains("retry-after: 100"), limited.head());
        assertTrue(limited.head().contains("content-type: application/problem+json"), limited.head());
        assertTrue(limited.body().contains("\"status\":429"), limited.body());
    }

    @Test
    void forgedTokensAndUnknownPathsAreLimitedByAddress() throws IOException {
        String forged = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        for (int i = 0; i < 3; i++) {
            assertEquals(401, send("127.0.0.3", "/young-people", forged).status());
            assertEquals(404, send("127.0.0.4", "/no-such-path", null).status());
        }
        assertEquals(429, send("127.0.0.3", "/young-people", forged).status());
        assertEquals(429, send("127.0.0.4", "/no-such-path", null).status());
    }

    @Test
    void aVerifiedSubjectIsLimitedFromAnyAddressAndOthersAreNotHeldUp() throws IOException {
        String busy = TestTokens.bearer("manager", "m-busy", "north");
        assertEquals(200, send("127.0.0.5", "/young-people", busy).status());
        assertEquals(200, send("127.0.0.5", "/young-people", busy).status());
        assertEquals(200, send("127.0.0.6", "/young-people", busy).status());
        Reply limited = send("127.0.0.7", "/young-people", busy);
        assertEquals(429, limited.status());
        assertTrue(limited.head().contains("retry-after: 100"), limited.head());
        assertEquals(200, send("127.0.0.7", "/young-people", TestTokens.bearer("manager", "m-calm", "north")).status());
        // health, metrics and OpenAPI are not limited
        for (int i = 0; i < 5; i++) {
            assertEquals(200, send("127.0.0.5", "/q/health/live", null).status());
        }
    }

    record Reply(int status, String head, String body) {
    }

    /** A plain HTTP/1.1 GET from {@code from}, a loopback address of the test's own. */
    static Reply send(String from, String path, String authorization) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), RestAssured.port), 2000);
            socket.setSoTimeout(5000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = (split < 0 ? text : text.substring(0, split)).toLowerCase();
            String body = split < 0 ? "" : text.substring(split + 4);
            return new Reply(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }
}
