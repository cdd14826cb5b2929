package org.leavingcare.pathway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An agreed version, kept and never overwritten. */
@Entity
@Table(name = "pathway_plan_version")
public class PlanVersion extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "plan_id", nullable = false)
    public Long planId;
    @Column(name = "number", nullable = false)
    public int number;
    @Column(name = "agreed_on", nullable = false)
    public LocalDate agreedOn;
    @Column(name = "agreed_by", nullable = false, length = 64)
    public String agreedBy;
    @Column(name = "content", nullable = false)
    public String content;

    /** The plan's agreed versions, in order of number. */
    public static List<PlanVersion> ofPlan(Long planId) {
        return list("planId = ?1 order by number", planId);
    }

    public static Optional<PlanVersion> numbered(Long planId, int number) {
        return PlanVersion.<PlanVersion>find("planId = ?1 and number = ?2", planId, number).firstResultOptional();
    }
}
