-- Webhook subscriptions of case-management systems (Standard Webhooks), their signing secrets, and one
-- delivery row per notification and subscription: the transactional outbox the delivery worker drains.

CREATE TABLE webhook_subscription (
    id                BIGSERIAL     PRIMARY KEY,
    url               VARCHAR(2048) NOT NULL,
    -- comma-separated event types, '*' for all
    event_types       VARCHAR(500)  NOT NULL,
    filter_team       VARCHAR(64),
    filter_rule       VARCHAR(32),
    filter_disabled   BOOLEAN,
    filter_uasc       BOOLEAN,
    description       VARCHAR(500),
    -- ACTIVE, PAUSED (by its owner) or DISABLED (by the service: 410 Gone or failing too long)
    status            VARCHAR(16)   NOT NULL,
    disabled_reason   VARCHAR(200),
    -- when the current run of failed attempts began; null while deliveries succeed
    failing_since     TIMESTAMPTZ,
    owner             VARCHAR(128)  NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    CONSTRAINT webhook_subscription_status CHECK (status IN ('ACTIVE', 'PAUSED', 'DISABLED'))
);

-- A subscription signs with every secret that has not expired (rotation gives an overlap).
CREATE TABLE webhook_secret (
    id               BIGSERIAL    PRIMARY KEY,
    subscription_id  BIGINT       NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    -- AES-GCM ciphertext when suite.webhooks.secret-encryption-key is set, else marked plain
    secret           VARCHAR(300) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    expires_at       TIMESTAMPTZ
);
CREATE INDEX webhook_secret_subscription ON webhook_secret (subscription_id);

CREATE TABLE webhook_delivery (
    id                BIGSERIAL    PRIMARY KEY,
    subscription_id   BIGINT       NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_sequence    BIGINT       NOT NULL REFERENCES notification_event (sequence),
    -- the Standard Webhooks message id: the notification's event_id, the same on every retry
    webhook_id        VARCHAR(64)  NOT NULL,
    event_type        VARCHAR(40)  NOT NULL,
    payload           TEXT         NOT NULL,
    -- PENDING (to send or retry), DELIVERED, DEAD (dead-lettered after the last attempt)
    status            VARCHAR(16)  NOT NULL,
    attempt_count     INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ  NOT NULL,
    -- a worker's claim: until lease_until no other worker may send it; claim_token guards the outcome
    lease_until       TIMESTAMPTZ,
    claim_token       UUID,
    last_status_code  INTEGER,
    last_error        VARCHAR(200),
    delivered_at      TIMESTAMPTZ,
    created_at        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, event_sequence),
    CONSTRAINT webhook_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD'))
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';

CREATE TABLE webhook_attempt (
    id            BIGSERIAL    PRIMARY KEY,
    delivery_id   BIGINT       NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt_no    INTEGER      NOT NULL,
    attempted_at  TIMESTAMPTZ  NOT NULL,
    -- null when no HTTP answer came (timeout, connection error, refused target)
    status_code   INTEGER,
    latency_ms    BIGINT       NOT NULL,
    -- SUCCESS or FAILURE
    outcome       VARCHAR(16)  NOT NULL,
    error         VARCHAR(200)
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id);
