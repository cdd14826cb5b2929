package org.leavingcare.notification.service.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.config.WebhookConfig;
import org.leavingcare.notification.domain.webhook.SecretCipher;
import org.leavingcare.notification.domain.webhook.WebhookSigner;
import org.leavingcare.notification.repository.SubscriptionSecret;
import org.leavingcare.notification.repository.SubscriptionSecretRepository;

import java.time.Instant;
import java.util.List;

/** Issues, seals, expires and opens the signing secrets of subscriptions. Never logs a secret. */
@ApplicationScoped
public class WebhookSecrets {

    private final WebhookConfig config;
    private final SubscriptionSecretRepository stored;
    private final SecretCipher cipher;

    @Inject
    public WebhookSecrets(WebhookConfig config, SubscriptionSecretRepository stored) {
        this.config = config;
        this.stored = stored;
        this.cipher = new SecretCipher(config.secretEncryptionKey());
        if (!cipher.encrypts()) {
            io.quarkus.logging.Log.warn("suite.webhooks.secret-encryption-key is not set: webhook signing secrets are stored unencrypted");
        }
    }

    /** A new secret for the subscription, stored sealed; the plain value is returned to show once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(long subscriptionId, Instant now) {
        String secret = WebhookSigner.newSecret(config.secretBytes());
        SubscriptionSecret row = new SubscriptionSecret();
        row.subscriptionId = subscriptionId;
        row.sealed = cipher.seal(secret);
        row.createdAt = now;
        stored.add(row);
        return secret;
    }

    /** Makes every secret that would sign beyond {@code at} stop signing at {@code at}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void expireCurrent(long subscriptionId, Instant at) {
        stored.expireCurrent(subscriptionId, at);
    }

    /** The secrets that sign now, newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> signing(long subscriptionId, Instant now) {
        return stored.signing(subscriptionId, now).stream().map(r -> cipher.open(r.sealed)).toList();
    }
}
