package org.leavingcare.tools;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookEchoTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final String TIMESTAMP = "1614265330";
    static final String BODY = "{\"test\": 2432232314}";

    @Test
    void acceptsTheStandardWebhooksPublishedTestVector() {
        assertTrue(WebhookEcho.verifies(SECRET, ID, TIMESTAMP, BODY, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
        assertTrue(WebhookEcho.verifies(SECRET, ID, TIMESTAMP, BODY,
                "v1,bm9ldHUjKzFob2VudXRob2VodWUzMjRvdWVvdW9ldTM= v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="),
                "any of several space-separated signatures (secret rotation)");
    }

    @Test
    void refusesATamperedBodyTimestampOrSignature() {
        String good = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
        assertFalse(WebhookEcho.verifies(SECRET, ID, TIMESTAMP, "{\"test\": 2432232315}", good));
        assertFalse(WebhookEcho.verifies(SECRET, ID, "1614265331", BODY, good));
        assertFalse(WebhookEcho.verifies(SECRET, ID, TIMESTAMP, BODY, "v2," + good.substring(3)));
        assertFalse(WebhookEcho.verifies(SECRET, ID, TIMESTAMP, BODY, "v1,not-base64!"));
    }
}
