package org.leavingcare.pathway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.leavingcare.pathway.domain.plan.PlanContent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A young person's pathway plan: the working copy (JSON of {@link PlanContent}, read and written by
 * {@link PlanContentJson}) and where agreement stands.
 */
@Entity
@Table(name = "pathway_plan")
public class PathwayPlan extends PanacheEntityBase {

    public static final String DRAFT = "DRAFT";
    public static final String AGREED = "AGREED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "young_person_id", nullable = false)
    public Long youngPersonId;

    @Column(name = "needs_assessment_id", nullable = false)
    public Long needsAssessmentId;

    @Column(name = "created_on", nullable = false)
    public LocalDate createdOn;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "content", nullable = false)
    public String content;

    @Column(name = "status", nullable = false, length = 10)
    public String status;

    @Column(name = "first_agreed_on")
    public LocalDate firstAgreedOn;

    @Column(name = "agreed_on")
    public LocalDate agreedOn;

    @Column(name = "agreed_version")
    public Integer agreedVersion;

    @Column(name = "review_requested_on")
    public LocalDate reviewRequestedOn;

    @Column(name = "review_requested_by", length = 20)
    public String reviewRequestedBy;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "updated_by", nullable = false, length = 64)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public String etag() {
        return "\"" + version + "\"";
    }

    public static PathwayPlan of(Long youngPersonId) {
        return find("youngPersonId", youngPersonId).firstResult();
    }

    /** Which of {@code youngPersonIds} have a plan. */
    public static Set<Long> youngPeopleWithPlans(List<Long> youngPersonIds) {
        return PathwayPlan.<PathwayPlan>list("youngPersonId in ?1", youngPersonIds).stream().map(plan -> plan.youngPersonId)
                .collect(Collectors.toSet());
    }
}
