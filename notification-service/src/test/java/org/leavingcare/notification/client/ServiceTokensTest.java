package org.leavingcare.notification.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavingcare.notification.config.ServiceAuthConfig;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service token sent to the feeds (docs/change-feeds.md): minted from a key file, or configured, or none. */
class ServiceTokensTest {

    record Config(Optional<String> signingKeyLocation, String issuer, Optional<String> token, long tokenLifetimeSeconds)
            implements ServiceAuthConfig {
    }

    static ServiceTokens tokens(Config config) {
        ServiceTokens tokens = new ServiceTokens();
        tokens.config = config;
        return tokens;
    }

    @Test
    void aTokenMintedFromTheSigningKeyFileCarriesTheServiceRoleAndIsSignedByIt(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("privateKey.pem");
        Files.write(key, resource("/test-keys/privateKey.pem"));
        ServiceTokens tokens = tokens(new Config(Optional.of(key.toString()), "https://local.leavingcare.invalid",
                Optional.empty(), 300));

        String header = tokens.authorization();
        assertTrue(header.startsWith("Bearer "));
        String[] parts = header.substring(7).split("\\.");
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("https://local.leavingcare.invalid", claims.get("iss").asText());
        assertEquals("service", claims.get("groups").get(0).asText());
        assertEquals(300, claims.get("exp").asLong() - claims.get("iat").asLong());

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])), "signed with the configured key");
        assertEquals(header, tokens.authorization(), "reused until half its lifetime");
    }

    @Test
    void aConfiguredTokenIsSentAsIsAndWithoutEitherNoneIsSent() {
        assertEquals("Bearer abc", tokens(new Config(Optional.empty(), "i", Optional.of("abc"), 300)).authorization());
        assertNull(tokens(new Config(Optional.empty(), "i", Optional.empty(), 300)).authorization());
    }

    static byte[] resource(String name) throws Exception {
        try (InputStream in = ServiceTokensTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    static PublicKey publicKey() throws Exception {
        String pem = new String(resource("/test-keys/publicKey.pem"), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
