package org.leavingcare.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.leavingcare.notification.domain.webhook.SecretCipher;

import java.time.Instant;

/** One signing secret of a subscription, stored sealed by {@link SecretCipher}; never returned after creation. */
@Entity
@Table(name = "webhook_secret")
public class SubscriptionSecret extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "subscription_id", nullable = false)
    public Long subscriptionId;

    @Column(name = "secret", nullable = false, length = 300)
    public String sealed;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** After a rotation, when this (older) secret stops signing; null while it is current. */
    @Column(name = "expires_at")
    public Instant expiresAt;
}
