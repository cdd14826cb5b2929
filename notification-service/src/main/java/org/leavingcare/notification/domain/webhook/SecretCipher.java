package org.leavingcare.notification.domain.webhook;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Keeps signing secrets encrypted at rest with AES-256-GCM when a key is configured, so a copy of the
 * database alone cannot forge webhooks. Stored forms: {@code aes1:} + base64(iv | ciphertext), or
 * {@code plain:} + the secret when no key is configured (local runs).
 */
public final class SecretCipher {

    private static final String ENCRYPTED = "aes1:";
    private static final String PLAIN = "plain:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** {@code base64Key}: base64 of 32 bytes, or empty to store secrets unencrypted. */
    public SecretCipher(Optional<String> base64Key) {
        if (base64Key.isPresent() && !base64Key.get().isBlank()) {
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(base64Key.get().trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("suite.webhooks.secret-encryption-key is not base64");
            }
            if (raw.length != 32) {
                throw new IllegalArgumentException("suite.webhooks.secret-encryption-key must be 32 bytes (AES-256)");
            }
            key = new SecretKeySpec(raw, "AES");
        } else {
            key = null;
        }
    }

    public boolean encrypts() {
        return key != null;
    }

    public String seal(String secret) {
        if (key == null) {
            return PLAIN + secret;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ENCRYPTED + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt a signing secret", e);
        }
    }

    public String open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (!stored.startsWith(ENCRYPTED)) {
            throw new IllegalStateException("a stored signing secret has an unknown form");
        }
        if (key == null) {
            throw new IllegalStateException("signing secrets are encrypted but no suite.webhooks.secret-encryption-key is set");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(ENCRYPTED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored signing secret cannot be decrypted with the configured key", e);
        }
    }
}
