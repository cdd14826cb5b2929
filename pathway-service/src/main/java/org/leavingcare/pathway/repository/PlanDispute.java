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

/** PP-10: a disagreement or complaint about the plan. */
@Entity
@Table(name = "plan_dispute")
public class PlanDispute extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "plan_id", nullable = false)
    public Long planId;
    @Column(name = "kind", nullable = false, length = 15)
    public String kind;
    @Column(name = "stage", nullable = false)
    public int stage;
    @Column(name = "raised_on", nullable = false)
    public LocalDate raisedOn;
    @Column(name = "summary")
    public String summary;
    @Column(name = "resolved_on")
    public LocalDate resolvedOn;
    @Column(name = "recorded_by", nullable = false, length = 64)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The plan's disputes, in order of raisedOn. */
    public static List<PlanDispute> ofPlan(Long planId) {
        return list("planId = ?1 order by raisedOn, id", planId);
    }
}
