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

/** PP-5, PP-6: a review of the plan. */
@Entity
@Table(name = "plan_review")
public class PlanReview extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "plan_id", nullable = false)
    public Long planId;
    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;
    @Column(name = "chaired_by", nullable = false, length = 64)
    public String chairedBy;
    @Column(name = "chair_role", nullable = false, length = 20)
    public String chairRole;
    @Column(name = "outcome", nullable = false)
    public String outcome;
    @Column(name = "changes_made")
    public String changesMade;
    @Column(name = "recorded_by", nullable = false, length = 64)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The plan's reviews, in order of heldOn. */
    public static List<PlanReview> ofPlan(Long planId) {
        return list("planId = ?1 order by heldOn, id", planId);
    }
}
