package org.leavingcare.notification.domain.webhook;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JDK-only verification in README.md, checked against the published vector and our signer. */
class ReadmeVerificationTest {

    // copied from README.md, "Verify the signature", except the timestamp window, which is a parameter here
    static boolean verifies(String secret, String id, String timestamp, String rawBody, String signatureHeader,
                            Instant now) throws GeneralSecurityException {
        if (Math.abs(now.getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + rawBody).getBytes(StandardCharsets.UTF_8));
        return Arrays.stream(signatureHeader.split(" "))
                .filter(s -> s.startsWith("v1,"))
                .anyMatch(s -> MessageDigest.isEqual(expected, Base64.getDecoder().decode(s.substring(3))));
    }

    @Test
    void theReadmeRecipeVerifiesThePublishedTestVector() throws Exception {
        Instant then = Instant.ofEpochSecond(WebhookSignerTest.SPEC_TIMESTAMP + 10);
        String ts = Long.toString(WebhookSignerTest.SPEC_TIMESTAMP);
        assertTrue(verifies(WebhookSignerTest.SPEC_SECRET, WebhookSignerTest.SPEC_ID, ts, WebhookSignerTest.SPEC_BODY,
                WebhookSignerTest.SPEC_SIGNATURE, then));
        assertFalse(verifies(WebhookSignerTest.SPEC_SECRET, WebhookSignerTest.SPEC_ID, ts,
                WebhookSignerTest.SPEC_BODY.replace("2432232314", "2432232315"), WebhookSignerTest.SPEC_SIGNATURE, then));
        assertFalse(verifies(WebhookSignerTest.SPEC_SECRET, WebhookSignerTest.SPEC_ID, ts, WebhookSignerTest.SPEC_BODY,
                WebhookSignerTest.SPEC_SIGNATURE, then.plusSeconds(400)), "a stale timestamp is refused");
    }

    @Test
    void theReadmeRecipeAcceptsAnyOfTheSignaturesDuringARotation() throws Exception {
        String oldSecret = WebhookSigner.newSecret(32);
        String newSecret = WebhookSigner.newSecret(32);
        Instant now = Instant.now();
        String ts = Long.toString(now.getEpochSecond());
        String header = WebhookSigner.signature("msg_2", now.getEpochSecond(), "{}", List.of(newSecret, oldSecret));
        assertTrue(verifies(oldSecret, "msg_2", ts, "{}", header, now));
        assertTrue(verifies(newSecret, "msg_2", ts, "{}", header, now));
        assertFalse(verifies(WebhookSigner.newSecret(32), "msg_2", ts, "{}", header, now));
    }
}
