package org.leavingcare.notification.service.webhook;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.notification.config.WebhookConfig;
import org.leavingcare.notification.domain.webhook.AttemptResult;
import org.leavingcare.notification.domain.webhook.Claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drains the delivery outbox on a schedule: fans out new notifications ({@link DeliveryFanOut}), then lets
 * {@code senders} threads each claim one due delivery at a time ({@link DeliveryClaims}), send it
 * ({@link WebhookSender}) and record the outcome ({@link DeliveryOutcomes}). Safe with any number of
 * replicas (claims use {@code SKIP LOCKED} and a lease). Claiming one at a time keeps every send inside
 * its own lease, however slow the receivers.
 */
@ApplicationScoped
public class DeliveryWorker {

    static final int FAN_OUT_BATCH = 100;
    static final int MAX_SENDS_PER_THREAD_AND_TICK = 200;
    static final long TICK_MILLIS = 1000;

    @Inject
    DeliveryFanOut fanOut;

    @Inject
    DeliveryClaims claims;

    @Inject
    DeliveryOutcomes outcomes;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookConfig config;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean ticking = new AtomicBoolean();
    private ExecutorService senders;

    @PostConstruct
    void start() {
        if (config.lease().compareTo(config.timeout().multipliedBy(2)) < 0) {
            Log.warnf("suite.webhooks.lease (%s) should be at least twice suite.webhooks.timeout (%s)",
                    config.lease(), config.timeout());
        }
        AtomicInteger n = new AtomicInteger();
        senders = Executors.newFixedThreadPool(Math.max(1, config.senders()), r -> {
            Thread t = new Thread(r, "webhook-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    /**
     * The scheduler fires at most once a second; a shorter {@code poll-interval} runs several passes in
     * one tick, so that retries due within the second are not held back to the next one.
     */
    @Scheduled(identity = "webhook-worker", every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() throws InterruptedException {
        long pause = Math.max(10, config.pollInterval().toMillis());
        long tickEnds = System.currentTimeMillis() + TICK_MILLIS;
        ticking.set(true);
        try {
            do {
                runOnce();
                if (System.currentTimeMillis() + pause >= tickEnds) {
                    return;
                }
                Thread.sleep(pause);
            } while (true);
        } finally {
            ticking.set(false);
        }
    }

    /** Whether a scheduled tick or a pass is in progress on this replica. */
    public boolean isRunning() {
        return running.get() || ticking.get();
    }

    /** One pass: fan out everything new, then send everything due. */
    public void runOnce() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (fanOut.fanOut(FAN_OUT_BATCH) == FAN_OUT_BATCH) {
                // more notifications are waiting
            }
            List<Callable<Integer>> loops = new ArrayList<>();
            for (int i = 0; i < Math.max(1, config.senders()); i++) {
                loops.add(this::drain);
            }
            senders.invokeAll(loops);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // no message: it could quote a row
            Log.warnf("Webhook worker pass failed (%s); it will be retried", e.getClass().getName());
        } finally {
            running.set(false);
        }
    }

    private int drain() {
        int sent = 0;
        try {
            while (sent < MAX_SENDS_PER_THREAD_AND_TICK && !Thread.currentThread().isInterrupted()) {
                Optional<Claim> claim = claims.claimNext(config.lease());
                if (claim.isEmpty()) {
                    break;
                }
                deliver(claim.get());
                sent++;
            }
        } catch (RuntimeException e) {
            Log.warnf("Webhook sender stopped its pass (%s)", e.getClass().getName());
        }
        return sent;
    }

    /** Sends one claimed delivery and records what happened. */
    public void deliver(Claim claim) {
        AttemptResult result;
        try {
            result = sender.send(claim);
        } catch (RuntimeException e) {
            // recorded as a failed attempt, so that a delivery that cannot be sent is dead-lettered in the end
            // instead of being claimed again for ever
            result = AttemptResult.failed(Instant.now(), null, 0,
                    "could not be sent (" + e.getClass().getSimpleName() + ")", Optional.empty());
        }
        outcomes.record(claim, result);
        Log.debugf("Webhook delivery %d attempt %d: %s %s", claim.deliveryId(), claim.attempt(), result.outcome(),
                result.statusCode() == null ? "" : result.statusCode());
    }
}
