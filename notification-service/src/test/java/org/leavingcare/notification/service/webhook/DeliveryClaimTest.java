package org.leavingcare.notification.service.webhook;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavingcare.notification.WebhookTestSupport;
import org.leavingcare.notification.domain.webhook.Claim;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leavingcare.notification.WebhookTestSupport.await;
import static org.leavingcare.notification.WebhookTestSupport.uniqueTeam;

/**
 * Claims against the real database: a worker killed between claim and send loses nothing, and
 * concurrent workers never send the same delivery. The scheduled worker is paused while the test
 * drives the claims itself.
 */
@QuarkusTest
class DeliveryClaimTest {

    static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    WebhookTestSupport support;

    @Inject
    DeliveryFanOut fanOut;

    @Inject
    DeliveryClaims claims;

    @Inject
    DeliveryWorker worker;

    @Inject
    Scheduler scheduler;

    Receiver receiver;

    @BeforeEach
    void pauseTheScheduledWorker() throws Exception {
        receiver = Receiver.start();
        scheduler.pause("webhook-worker");
        await("the scheduled worker is idle", WAIT, () -> !worker.isRunning());
    }

    @AfterEach
    void cleanUp() {
        scheduler.resume("webhook-worker");
        receiver.close();
        support.cleanUp();
    }

    @Test
    void aDeliveryClaimedByAWorkerThatDiedIsSentOnceItsLeaseRunsOut() {
        String team = uniqueTeam();
        support.subscribe(receiver.url(), team);
        String id = support.notify(team, "CR-1101").toString();
        fanOut.fanOut(100);

        // the "killed" worker: claims in its own committed transaction, then never sends
        Instant claimedAt = Instant.now();
        Optional<Claim> abandoned = claims.claimNext(Duration.ofMillis(800));
        assertTrue(abandoned.isPresent());
        assertEquals(id, abandoned.get().webhookId());
        assertTrue(claims.claimNext(Duration.ofSeconds(30)).isEmpty(), "a leased delivery cannot be claimed again");

        scheduler.resume("webhook-worker");
        await("the delivery is sent after the lease", WAIT, () -> receiver.requestsFor(id).size() == 1);
        Instant sentAt = receiver.requestsFor(id).get(0).at();
        assertTrue(!sentAt.isBefore(claimedAt.plusMillis(750)), "not before the lease ran out: " + sentAt);
        await("the delivery is recorded as delivered", WAIT, () -> "DELIVERED".equals(support.deliveryStatus(id)));
        assertEquals(2, support.queryLong("SELECT attempt_count FROM webhook_delivery WHERE webhook_id = ?", id),
                "the abandoned claim counts against the attempts");
        assertEquals(1, support.queryLong("""
                SELECT count(*) FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
                WHERE d.webhook_id = ?""", id), "only the real send is an attempt");
        assertEquals(1, receiver.requestsFor(id).size());
    }

    @Test
    void twoWorkersClaimingConcurrentlyNeverSendTheSameDelivery() throws Exception {
        receiver.answer(r -> new Receiver.Answer(200, java.util.Map.of(), 25));
        String team = uniqueTeam();
        support.subscribe(receiver.url(), team);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(support.notify(team, "CR-12" + i).toString());
        }
        fanOut.fanOut(100);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> loops = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            loops.add(pool.submit(() -> {
                start.await();
                int sent = 0;
                for (Optional<Claim> claim = claims.claimNext(Duration.ofSeconds(30)); claim.isPresent();
                     claim = claims.claimNext(Duration.ofSeconds(30))) {
                    worker.deliver(claim.get());
                    sent++;
                }
                return sent;
            }));
        }
        start.countDown();
        int first = loops.get(0).get(60, TimeUnit.SECONDS);
        int second = loops.get(1).get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertEquals(20, first + second);
        assertTrue(first > 0 && second > 0, "both workers took part: " + first + " and " + second);
        assertEquals(20, receiver.received.size(), "no delivery was sent twice");
        assertEquals(ids.stream().sorted().toList(),
                receiver.received.stream().map(Receiver.Request::webhookId).sorted().toList());
        assertEquals(0, receiver.concurrentDuplicates.get());
        assertTrue(ids.stream().allMatch(id -> "DELIVERED".equals(support.deliveryStatus(id))));
    }
}
