package org.leavingcare.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The service token this service sends to the other services' feeds (docs/change-feeds.md). */
@ConfigMapping(prefix = "suite.service-auth")
public interface ServiceAuthConfig {

    /** A private key PEM to sign short-lived service tokens with (groups=[service]). */
    Optional<String> signingKeyLocation();

    /** The issuer of the service tokens minted with the signing key. */
    @WithDefault("https://local.leavingcare.invalid")
    String issuer();

    /** A token from the identity provider, used as is when no signing key is configured. */
    Optional<String> token();

    /** Lifetime of a minted service token, in seconds. */
    @WithDefault("300")
    long tokenLifetimeSeconds();
}
