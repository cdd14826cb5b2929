package org.leavingcare.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhook delivery to case-management systems: safety, retries and the worker. */
@ConfigMapping(prefix = "suite.webhooks")
public interface WebhookConfig {

    /** Whether plain http:// targets are accepted (local runs and tests only; production needs https). */
    @WithDefault("false")
    boolean allowHttp();

    /** Whether private, loopback and link-local targets are accepted (local runs and tests only: SSRF). */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** How long one attempt may take, from connecting to the response headers. */
    @WithDefault("15s")
    Duration timeout();

    /** Delay before each attempt (Standard Webhooks schedule); its length is the number of attempts. */
    @WithDefault("0s,5s,5m,30m,2h,5h,10h,14h,20h,24h")
    List<Duration> retrySchedule();

    /** Random spread of each retry delay, as a fraction (0.2 = plus or minus 20%). */
    @WithDefault("0.2")
    double jitter();

    /** The longest Retry-After (429/503) honoured; a longer one is cut to this. */
    @WithDefault("24h")
    Duration maxRetryAfter();

    /** How long a claimed delivery is reserved for its worker; must exceed the timeout. */
    @WithDefault("60s")
    Duration lease();

    /** The pause between two passes of the worker; under a second gives several passes per scheduler tick. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How many deliveries one replica sends at the same time. */
    @WithDefault("4")
    int senders();

    /** The largest webhook body sent, in bytes; a larger one is dead-lettered unsent. */
    @WithDefault("65536")
    int maxPayloadBytes();

    /** A subscription whose deliveries fail without a success for this long is disabled. */
    @WithDefault("5d")
    Duration disableAfterFailingFor();

    /** Random bytes in a new signing secret (Standard Webhooks: 24 to 64). */
    @WithDefault("32")
    int secretBytes();

    /** How long the previous secrets still sign after a rotation. */
    @WithDefault("24h")
    Duration secretRotationOverlap();

    /** Base64 of a 256-bit AES key that encrypts signing secrets at rest; stored unencrypted when absent. */
    Optional<String> secretEncryptionKey();
}
