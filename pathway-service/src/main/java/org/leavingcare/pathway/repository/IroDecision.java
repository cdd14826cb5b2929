package org.leavingcare.pathway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The IRO's agreement with the plan, or a challenge with its reason. */
@Entity
@Table(name = "iro_decision")
public class IroDecision extends PanacheEntityBase {
    public static final String AGREED = "AGREED";
    public static final String CHALLENGED = "CHALLENGED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "plan_id", nullable = false)
    public Long planId;
    @Column(name = "decision", nullable = false, length = 12)
    public String decision;
    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;
    @Column(name = "reason")
    public String reason;
    @Column(name = "iro", nullable = false, length = 64)
    public String iro;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The plan's IRO decisions, in order of decidedOn. */
    public static List<IroDecision> ofPlan(Long planId) {
        return list("planId = ?1 order by decidedOn, id", planId);
    }
}
