package org.leavingcare.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.leavingcare.notification.access.Caller;
import org.leavingcare.notification.access.Scope;
import org.leavingcare.notification.domain.webhook.SubscriptionCriteria;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A case-management system's request to be sent some notifications at a URL. */
@Entity
@Table(name = "webhook_subscription")
public class Subscription extends PanacheEntityBase {

    public enum Status { ACTIVE, PAUSED, DISABLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "url", nullable = false, length = 2048)
    public String url;

    /** Comma-separated wire names of the notification types asked for ({@code rest/api/EventType}). */
    @Column(name = "event_types", nullable = false, length = 500)
    public String eventTypes;

    @Column(name = "filter_team", length = 64)
    public String filterTeam;

    @Column(name = "filter_rule", length = 32)
    public String filterRule;

    @Column(name = "filter_disabled")
    public Boolean filterDisabled;

    @Column(name = "filter_uasc")
    public Boolean filterUasc;

    @Column(name = "description", length = 500)
    public String description;

    @Column(name = "status", nullable = false, length = 16)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    @Column(name = "disabled_reason", length = 200)
    public String disabledReason;

    @Column(name = "failing_since")
    public Instant failingSince;

    /** The token subject that created it; an integration client sees only its own subscriptions. */
    @Column(name = "owner", nullable = false, length = 128)
    public String owner;

    /** The creator's roles, comma-separated: the subscription delivers only what the creator may see. */
    @Column(name = "owner_roles", nullable = false, columnDefinition = "text")
    public String ownerRoles = "";

    /** The creator's teams, comma-separated. */
    @Column(name = "owner_teams", nullable = false, columnDefinition = "text")
    public String ownerTeams = "";

    /** Who the subscription discloses to: its creator's scope when it was made. */
    public Scope ownerScope() {
        return Scope.of(Caller.of(owner, split(ownerRoles), split(ownerTeams)));
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
    }

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The wire names of the notification types asked for, in the order given. */
    public List<String> eventTypeWires() {
        return Arrays.asList(eventTypes.split(","));
    }

    /** What this subscription asked to be sent. */
    public SubscriptionCriteria criteria() {
        return new SubscriptionCriteria(eventTypeWires(), filterTeam, filterRule, filterDisabled, filterUasc);
    }
}
