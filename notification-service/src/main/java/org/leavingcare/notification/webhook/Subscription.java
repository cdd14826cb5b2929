package org.leavingcare.notification.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.leavingcare.notification.access.Scope;

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

    /** Comma-separated wire names of {@link EventType}. */
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
        return Scope.of(org.leavingcare.notification.access.Caller.of(owner, split(ownerRoles), split(ownerTeams)));
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
    }

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<EventType> eventTypeList() {
        return Arrays.stream(eventTypes.split(",")).map(w -> EventType.ofWire(w).orElseThrow()).toList();
    }

    /** Whether a notification of this type, team, rule and flags is one this subscription asked for. */
    public boolean matches(String type, String team, String rule, Boolean disabled, Boolean uasc) {
        List<String> wanted = Arrays.asList(eventTypes.split(","));
        if (!wanted.contains(EventType.ALL.wire()) && !wanted.contains(type)) {
            return false;
        }
        return (filterTeam == null || filterTeam.equals(team))
                && (filterRule == null || filterRule.equals(rule))
                && (filterDisabled == null || filterDisabled.equals(disabled))
                && (filterUasc == null || filterUasc.equals(uasc));
    }
}
