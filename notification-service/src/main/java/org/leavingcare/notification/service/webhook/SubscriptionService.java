package org.leavingcare.notification.service.webhook;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.access.Caller;
import org.leavingcare.notification.config.WebhookConfig;
import org.leavingcare.notification.domain.rules.RuleCatalogue;
import org.leavingcare.notification.domain.webhook.TargetPolicy;
import org.leavingcare.notification.problem.ApiProblem;
import org.leavingcare.notification.repository.Subscription;
import org.leavingcare.notification.repository.SubscriptionRepository;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * Subscriptions and their secrets. Times here are real instants ({@link Instant#now()}), not the
 * service clock that fixes "today" for statutory dates: secret expiry and retries happen in real time.
 */
@ApplicationScoped
@Transactional
public class SubscriptionService {

    @Inject
    WebhookConfig config;

    @Inject
    WebhookSecrets secrets;

    @Inject
    RuleCatalogue catalogue;

    @Inject
    SubscriptionRepository subscriptions;

    /**
     * What a case-management system asks to be sent: a URL, notification types by their wire names and
     * optional filters ({@code null}: any).
     */
    public record NewSubscription(String url, List<String> eventTypes, String team, String rule, Boolean disabled,
                                  Boolean uasc, String description) {
    }

    /** A subscription just created, with its signing secret (shown this once). */
    public record Created(Subscription subscription, String secret) {
    }

    /** A new signing secret (shown this once) and when the previous ones stop signing. */
    public record Rotation(String secret, Instant previousSecretsExpireAt) {
    }

    /**
     * Creates a subscription owned by {@code caller}, which delivers only what {@code creator} (the same
     * caller's roles and teams) may see.
     */
    public Created create(NewSubscription request, SubscriptionOwner caller, Caller creator) {
        String url = request.url().trim();
        targetPolicy().refusal(url).ifPresent(reason -> {
            throw ApiProblem.unprocessable("url", reason);
        });
        String rule = request.rule();
        if (rule != null && catalogue.find(rule).isEmpty()) {
            // a filter on a rule that does not exist would match nothing, silently
            throw ApiProblem.unprocessable("filters.rule", "must be one of " + catalogue.ids());
        }
        Instant now = Instant.now();
        Subscription s = new Subscription();
        s.url = url;
        s.eventTypes = String.join(",", request.eventTypes().stream().distinct().toList());
        s.filterTeam = request.team();
        s.filterRule = request.rule();
        s.filterDisabled = request.disabled();
        s.filterUasc = request.uasc();
        s.description = request.description();
        s.status = Subscription.Status.ACTIVE;
        s.owner = caller.subject();
        s.ownerRoles = String.join(",", new TreeSet<>(creator.roles()));
        s.ownerTeams = String.join(",", new TreeSet<>(creator.teams()));
        s.createdAt = now;
        s.updatedAt = now;
        subscriptions.add(s);
        String secret = secrets.issue(s.id, now);
        Log.infof("Webhook subscription %d created by %s", s.id, caller.subject());
        return new Created(s, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Subscription> list(SubscriptionOwner caller) {
        return caller.manager() ? subscriptions.all() : subscriptions.ownedBy(caller.subject());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Subscription get(long id, SubscriptionOwner caller) {
        return find(id, caller, false);
    }

    /** Holds deliveries until resumed; notifications keep being queued for it meanwhile. */
    public Subscription pause(long id, SubscriptionOwner caller) {
        Subscription s = find(id, caller, true);
        if (s.status == Subscription.Status.DISABLED) {
            throw ApiProblem.conflict("Subscription " + id + " is disabled; resume it to send again");
        }
        s.status = Subscription.Status.PAUSED;
        s.updatedAt = Instant.now();
        return s;
    }

    /** Sends again from a pause or after the service disabled it; the failure clock starts afresh. */
    public Subscription resume(long id, SubscriptionOwner caller) {
        Subscription s = find(id, caller, true);
        s.status = Subscription.Status.ACTIVE;
        s.disabledReason = null;
        s.failingSince = null;
        s.updatedAt = Instant.now();
        Log.infof("Webhook subscription %d resumed by %s", id, caller.subject());
        return s;
    }

    public void delete(long id, SubscriptionOwner caller) {
        Subscription s = find(id, caller, true);
        subscriptions.delete(s);
        Log.infof("Webhook subscription %d deleted by %s", id, caller.subject());
    }

    /** A new secret that signs from now on; the previous ones keep signing for the configured overlap. */
    public Rotation rotateSecret(long id, SubscriptionOwner caller) {
        Subscription s = find(id, caller, true);
        Instant now = Instant.now();
        Instant previousExpire = now.plus(config.secretRotationOverlap());
        secrets.expireCurrent(s.id, previousExpire);
        String secret = secrets.issue(s.id, now);
        s.updatedAt = now;
        Log.infof("Webhook subscription %d secret rotated by %s", id, caller.subject());
        return new Rotation(secret, previousExpire);
    }

    Subscription find(long id, SubscriptionOwner caller, boolean forUpdate) {
        Subscription s = forUpdate ? subscriptions.findForUpdate(id) : subscriptions.find(id);
        if (s == null || !caller.mayUse(s)) {
            throw ApiProblem.notFound("No subscription " + id);
        }
        return s;
    }

    TargetPolicy targetPolicy() {
        return new TargetPolicy(config.allowHttp(), config.allowPrivateTargets());
    }
}
