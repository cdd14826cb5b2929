package org.leavingcare.notification.domain.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Standard Webhooks signatures, made by the specification's own Java library: {@code v1,} + base64
 * HMAC-SHA256 of {@code id.timestamp.body} under each secret that is still valid, space-separated, so a
 * receiver holding either the old or the new secret during a rotation can verify.
 */
public final class WebhookSigner {

    public static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigner() {
    }

    /** The {@code webhook-signature} header value for a message signed with every secret given. */
    public static String signature(String webhookId, long timestampSeconds, String body, List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one secret to be signed");
        }
        return secrets.stream().map(secret -> {
            try {
                return new Webhook(secret).sign(webhookId, timestampSeconds, body);
            } catch (WebhookSigningException e) {
                throw new IllegalStateException("HMAC-SHA256 is not available", e);
            }
        }).collect(Collectors.joining(" "));
    }

    /** A new secret: {@code whsec_} + base64 of {@code bytes} random bytes (24 to 64). */
    public static String newSecret(int bytes) {
        if (bytes < 24 || bytes > 64) {
            throw new IllegalArgumentException("a signing secret has 24 to 64 random bytes");
        }
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }
}
