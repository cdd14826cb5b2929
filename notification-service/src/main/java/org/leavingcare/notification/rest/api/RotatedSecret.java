package org.leavingcare.notification.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The answer to a secret rotation: the new secret (shown once) and when the previous ones stop signing. */
@Schema(name = "RotatedSecret", example = "{\"secret\": \"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\", \"previousSecretsExpireAt\": \"2026-03-02T12:00:00Z\"}")
public record RotatedSecret(String secret, Instant previousSecretsExpireAt) {
}
