package org.leavingcare.notification.webhook;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.config.WebhookConfig;
import org.leavingcare.notification.domain.rules.RuleCatalogue;
import org.leavingcare.notification.domain.webhook.TargetPolicy;
import org.leavingcare.notification.problem.ApiProblem;
import org.leavingcare.notification.repository.Subscription;
import org.leavingcare.notification.repository.SubscriptionRepository;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Subscriptions and their secrets. Times here are real instants ({@link Instant#now()}), not the
 * service clock that fixes "today" for statutory dates: secret expiry and retries happen in real time.
 */
@ApplicationScoped
public class SubscriptionService {

    @Inject
    WebhookConfig config;

    @Inject
    WebhookSecrets secrets;

    @Inject
    RuleCatalogue catalogue;

    @Inject
    SubscriptionRepository subscriptions;

    @Transactional
    public SubscriptionView create(SubscriptionInput input, SubscriptionOwner caller, org.leavingcare.notification.access.Caller owner) {
        String url = input.url().trim();
        targetPolicy().refusal(url).ifPresent(reason -> {
            throw ApiProblem.unprocessable("url", reason);
        });
        String rule = input.filters() == null ? null : input.filters().rule();
        if (rule != null && catalogue.find(rule).isEmpty()) {
            // a filter on a rule that does not exist would match nothing, silently
            throw ApiProblem.unprocessable("filters.rule", "must be one of " + catalogue.ids());
        }
        Instant now = Instant.now();
        Subscription s = new Subscription();
        s.url = url;
        s.eventTypes = input.eventTypes().stream().distinct().map(EventType::wire).collect(Collectors.joining(","));
        if (input.filters() != null) {
            s.filterTeam = input.filters().team();
            s.filterRule = input.filters().rule();
            s.filterDisabled = input.filters().disabled();
            s.filterUasc = input.filters().uasc();
        }
        s.description = input.description();
        s.status = Subscription.Status.ACTIVE;
        s.owner = caller.subject();
        s.ownerRoles = String.join(",", new java.util.TreeSet<>(owner.roles()));
        s.ownerTeams = String.join(",", new java.util.TreeSet<>(owner.teams()));
        s.createdAt = now;
        s.updatedAt = now;
        subscriptions.add(s);
        String secret = secrets.issue(s.id, now);
        Log.infof("Webhook subscription %d created by %s", s.id, caller.subject());
        return SubscriptionView.of(s, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubscriptionView> list(SubscriptionOwner caller) {
        List<Subscription> all = caller.manager() ? subscriptions.all() : subscriptions.ownedBy(caller.subject());
        return all.stream().map(SubscriptionView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriptionView get(long id, SubscriptionOwner caller) {
        return SubscriptionView.of(find(id, caller, false));
    }

    /** Holds deliveries until resumed; notifications keep being queued for it meanwhile. */
    @Transactional
    public SubscriptionView pause(long id, SubscriptionOwner caller) {
        Subscription s = find(id, caller, true);
        if (s.status == Subscription.Status.DISABLED) {
            throw ApiProblem.conflict("Subscription " + id + " is disabled; resume it to send again");
        }
        s.status = Subscription.Status.PAUSED;
        s.updatedAt = Instant.now();
        return SubscriptionView.of(s);
    }

    /** Sends again from a pause or after the service disabled it; the failure clock starts afresh. */
    @Transactional
    public SubscriptionView resume(long id, SubscriptionOwner caller) {
        Subscription s = find(id, caller, true);
        s.status = Subscription.Status.ACTIVE;
        s.disabledReason = null;
        s.failingSince = null;
        s.updatedAt = Instant.now();
        Log.infof("Webhook subscription %d resumed by %s", id, caller.subject());
        return SubscriptionView.of(s);
    }

    @Transactional
    public void delete(long id, SubscriptionOwner caller) {
        Subscription s = find(id, caller, true);
        subscriptions.delete(s);
        Log.infof("Webhook subscription %d deleted by %s", id, caller.subject());
    }

    /** A new secret that signs from now on; the previous ones keep signing for the configured overlap. */
    @Transactional
    public RotatedSecret rotateSecret(long id, SubscriptionOwner caller) {
        Subscription s = find(id, caller, true);
        Instant now = Instant.now();
        Instant previousExpire = now.plus(config.secretRotationOverlap());
        secrets.expireCurrent(s.id, previousExpire);
        String secret = secrets.issue(s.id, now);
        s.updatedAt = now;
        Log.infof("Webhook subscription %d secret rotated by %s", id, caller.subject());
        return new RotatedSecret(secret, previousExpire);
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
