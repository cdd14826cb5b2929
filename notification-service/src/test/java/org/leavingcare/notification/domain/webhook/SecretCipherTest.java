package org.leavingcare.notification.domain.webhook;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void withAKeySecretsAreStoredEncryptedAndOpenAgain() {
        SecretCipher cipher = new SecretCipher(Optional.of(KEY));
        String secret = WebhookSigner.newSecret(32);
        String sealed = cipher.seal(secret);
        assertTrue(sealed.startsWith("aes1:"), sealed);
        assertFalse(sealed.contains(secret.substring(6)));
        assertNotEquals(sealed, cipher.seal(secret), "a fresh IV each time");
        assertEquals(secret, cipher.open(sealed));
    }

    @Test
    void withoutAKeySecretsAreMarkedPlain() {
        SecretCipher cipher = new SecretCipher(Optional.empty());
        assertEquals("plain:whsec_x", cipher.seal("whsec_x"));
        assertEquals("whsec_x", cipher.open("plain:whsec_x"));
    }

    @Test
    void aWrongKeyOrATamperedValueIsRefused() {
        String sealed = new SecretCipher(Optional.of(KEY)).seal("whsec_abc");
        byte[] other = new byte[32];
        other[0] = 1;
        SecretCipher wrong = new SecretCipher(Optional.of(Base64.getEncoder().encodeToString(other)));
        assertThrows(IllegalStateException.class, () -> wrong.open(sealed));
        assertThrows(IllegalStateException.class, () -> new SecretCipher(Optional.empty()).open(sealed));
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(Optional.of("c2hvcnQ=")));
    }
}
