package org.leavingcare.pathway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.leavingcare.pathway.domain.assessment.AssessmentSection;

import java.time.Instant;
import java.util.List;

/** One reg 42(2) section of a needs assessment. */
@Entity
@Table(name = "needs_assessment_section")
public class NeedsAssessmentSection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "needs_assessment_id", nullable = false)
    public Long needsAssessmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "section", nullable = false, length = 40)
    public AssessmentSection section;

    @Column(name = "summary", nullable = false)
    public String summary;

    @Column(name = "updated_by", nullable = false, length = 64)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<NeedsAssessmentSection> of(Long assessmentId) {
        return list("needsAssessmentId = ?1 order by section", assessmentId);
    }

    /** The assessment's {@code section}, or null if it is not written yet. */
    public static NeedsAssessmentSection of(Long assessmentId, AssessmentSection section) {
        return NeedsAssessmentSection.<NeedsAssessmentSection>find("needsAssessmentId = ?1 and section = ?2", assessmentId, section)
                .firstResult();
    }

    public static boolean written(Long assessmentId, AssessmentSection section) {
        return count("needsAssessmentId = ?1 and section = ?2", assessmentId, section) > 0;
    }
}
