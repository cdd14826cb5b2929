package org.leavingcare.notification.domain.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignerTest {

    // The Standard Webhooks specification's published example (also the reference libraries' test vector).
    static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long SPEC_TIMESTAMP = 1614265330L;
    static final String SPEC_BODY = "{\"test\": 2432232314}";
    static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsThePublishedTestVectorExactly() {
        assertEquals(SPEC_SIGNATURE, WebhookSigner.signature(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, List.of(SPEC_SECRET)));
    }

    @Test
    void signsWithEverySecretSpaceSeparatedNewestFirst() {
        String other = WebhookSigner.newSecret(32);
        String header = WebhookSigner.signature(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, List.of(other, SPEC_SECRET));
        String[] parts = header.split(" ");
        assertEquals(2, parts.length);
        assertEquals(SPEC_SIGNATURE, parts[1]);
        assertTrue(parts[0].startsWith("v1,"));
    }

    @Test
    void aReceiverHoldingEitherSecretVerifiesAMessageSignedWithBoth() throws Exception {
        String oldSecret = WebhookSigner.newSecret(32);
        String newSecret = WebhookSigner.newSecret(32);
        long now = Instant.now().getEpochSecond();
        String body = "{\"type\":\"alert.raised\"}";
        Map<String, List<String>> headers = Map.of(
                "webhook-id", List.of("msg_1"),
                "webhook-timestamp", List.of(Long.toString(now)),
                "webhook-signature", List.of(WebhookSigner.signature("msg_1", now, body, List.of(newSecret, oldSecret))));
        assertDoesNotThrow(() -> new Webhook(oldSecret).verify(body, headers));
        assertDoesNotThrow(() -> new Webhook(newSecret).verify(body, headers));
        String stranger = WebhookSigner.newSecret(32);
        assertThrows(WebhookVerificationException.class, () -> new Webhook(stranger).verify(body, headers));
        assertThrows(WebhookVerificationException.class, () -> new Webhook(oldSecret).verify(body + " ", headers));
    }

    @ParameterizedTest
    @CsvSource({"24", "32", "64"})
    void newSecretsAreWhsecAndBase64OfTheRandomBytes(int bytes) {
        String secret = WebhookSigner.newSecret(bytes);
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(bytes, Base64.getDecoder().decode(secret.substring(6)).length);
        assertTrue(!secret.equals(WebhookSigner.newSecret(bytes)), "secrets are random");
    }

    @ParameterizedTest
    @CsvSource({"23", "65", "0"})
    void secretsOutsideTwentyFourToSixtyFourBytesAreRefused(int bytes) {
        assertThrows(IllegalArgumentException.class, () -> WebhookSigner.newSecret(bytes));
    }
}
