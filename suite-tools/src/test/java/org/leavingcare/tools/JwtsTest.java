package org.leavingcare.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwtsTest {

    @Test
    void aMintedTokenVerifiesWithThePublicKeyAndCarriesRolesAndTeams(@TempDir Path dir) throws Exception {
        Jwts.generateKeyPairIfMissing(dir);
        String before = Files.readString(dir.resolve("publicKey.pem"));
        Jwts.generateKeyPairIfMissing(dir);
        assertEquals(before, Files.readString(dir.resolve("publicKey.pem")), "an existing key pair is kept");

        String token = Jwts.token(Jwts.readPrivateKey(Files.readString(dir.resolve("privateKey.pem"))),
                Jwts.LOCAL_ISSUER, "pa-7", List.of("personal-adviser"), List.of("north"), Duration.ofMinutes(5));
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);

        String der = before.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(der)));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verifier.verify(Base64.getUrlDecoder().decode(parts[2])));

        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"groups\":[\"personal-adviser\"]"), claims);
        assertTrue(claims.contains("\"teams\":[\"north\"]"), claims);
        assertTrue(claims.contains("\"sub\":\"pa-7\""), claims);
    }

    @Test
    void quotesControlCharactersAndQuotes() {
        assertEquals("\"a\\\"b\\\\c\\u000a\"", Jwts.quote("a\"b\\c\n"));
    }
}
