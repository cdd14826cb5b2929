package org.leavingcare.notification.service.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.notification.config.WebhookConfig;
import org.leavingcare.notification.domain.webhook.AttemptResult;
import org.leavingcare.notification.domain.webhook.Claim;
import org.leavingcare.notification.domain.webhook.RetryPolicy;
import org.leavingcare.notification.domain.webhook.TargetPolicy;
import org.leavingcare.notification.domain.webhook.WebhookSigner;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends one attempt of a delivery as a Standard Webhooks request: {@code POST} with {@code webhook-id},
 * {@code webhook-timestamp} (real Unix seconds: receivers reject stale ones) and {@code webhook-signature}.
 * Redirects are never followed (a redirect could lead to an internal address) and count as failures.
 */
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "leavingcare-notification-service/1.0 (Standard Webhooks)";

    @Inject
    WebhookConfig config;

    private HttpClient client;
    private TargetPolicy policy;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        policy = new TargetPolicy(config.allowHttp(), config.allowPrivateTargets());
    }

    public AttemptResult send(Claim claim) {
        Instant at = Instant.now();
        long started = System.nanoTime();
        URI uri;
        try {
            uri = URI.create(claim.url());
        } catch (IllegalArgumentException e) {
            return AttemptResult.failed(at, null, 0, "the URL is not valid", Optional.empty());
        }
        Optional<String> refused = policy.refusal(claim.url());
        if (refused.isPresent()) {
            // checked again at send time: the host may now resolve to an internal address
            return AttemptResult.failed(at, null, elapsed(started), "target refused: url " + refused.get(),
                    Optional.empty());
        }
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.timeout())
                .header("content-type", "application/json")
                .header("user-agent", USER_AGENT)
                .header("webhook-id", claim.webhookId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.signature(claim.webhookId(), timestamp, claim.payload(),
                        claim.secrets()))
                .POST(HttpRequest.BodyPublishers.ofString(claim.payload(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream ignored = response.body()) {
                // the answer's body is not needed; closing releases the connection
            }
            int status = response.statusCode();
            long latency = elapsed(started);
            if (status >= 200 && status < 300) {
                return AttemptResult.delivered(at, status, latency);
            }
            if (status == 410) {
                return AttemptResult.gone(at, latency);
            }
            if (status == 429 || status == 503) {
                Optional<Duration> retryAfter = RetryPolicy.parseRetryAfter(
                        response.headers().firstValue("retry-after").orElse(null), Instant.now());
                return AttemptResult.failed(at, status, latency, "HTTP " + status, retryAfter);
            }
            if (status >= 300 && status < 400) {
                return AttemptResult.failed(at, status, latency, "HTTP " + status + ": redirects are not followed",
                        Optional.empty());
            }
            return AttemptResult.failed(at, status, latency, "HTTP " + status, Optional.empty());
        } catch (HttpConnectTimeoutException e) {
            return AttemptResult.failed(at, null, elapsed(started),
                    "could not connect within " + config.timeout().toMillis() + " ms", Optional.empty());
        } catch (HttpTimeoutException e) {
            return AttemptResult.unanswered(at, elapsed(started),
                    "no answer within " + config.timeout().toMillis() + " ms");
        } catch (ConnectException e) {
            return AttemptResult.failed(at, null, elapsed(started), "connection refused or unreachable",
                    Optional.empty());
        } catch (IOException e) {
            return AttemptResult.unanswered(at, elapsed(started), "connection error (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.failed(at, null, elapsed(started), "interrupted while sending", Optional.empty());
        }
    }

    private static long elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }
}
