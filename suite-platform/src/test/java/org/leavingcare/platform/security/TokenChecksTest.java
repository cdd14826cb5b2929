package org.leavingcare.platform.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenChecksTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @ParameterizedTest(name = "issued {0}s from now, lives {1}s: accepted {2}")
    @CsvSource({
            // issued relative to now (s), lifetime (s), accepted (max age 24 h, skew 60 s)
            "0,        28800, true",
            "-3600,    28800, true",
            "60,       3600,  true",
            "61,       3600,  false",
            "86400,    3600,  false",
            "0,        86400, true",
            "0,        86401, false",
            "0,        31536000000, false",
    })
    void aTokenMustBeIssuedAndShortLived(long issuedFromNow, long lifetime, boolean accepted) {
        long iat = NOW.getEpochSecond() + issuedFromNow;
        String refusal = TokenChecks.refusal(iat, iat + lifetime, NOW, Duration.ofSeconds(60), Duration.ofHours(24));
        assertEquals(accepted, refusal == null, refusal);
    }

    @ParameterizedTest
    @CsvSource({"0, 100", "100, 0"})
    void aTokenWithoutItsTimesIsRefused(long iat, long exp) {
        assertEquals(false, TokenChecks.refusal(iat, exp, NOW, Duration.ofSeconds(60), Duration.ofHours(24)) == null);
    }
}
