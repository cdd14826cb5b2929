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

/** PP-9: the young person's part in the plan, in their own words. */
@Entity
@Table(name = "plan_response")
public class PlanResponse extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "plan_id", nullable = false)
    public Long planId;
    @Column(name = "plan_version")
    public Integer planVersion;
    @Column(name = "responded_on", nullable = false)
    public LocalDate respondedOn;
    @Column(name = "took_part", nullable = false)
    public boolean tookPart;
    @Column(name = "views")
    public String views;
    @Column(name = "agrees", nullable = false)
    public boolean agrees;
    @Column(name = "signed", nullable = false)
    public boolean signed;
    @Column(name = "declined_to_sign_reason")
    public String declinedToSignReason;
    @Column(name = "recorded_by", nullable = false, length = 64)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The plan's responses of the young person, in order of respondedOn. */
    public static List<PlanResponse> ofPlan(Long planId) {
        return list("planId = ?1 order by respondedOn, id", planId);
    }
}
