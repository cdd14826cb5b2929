package org.leavingcare.pathway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.leavingcare.pathway.domain.transition.AgeAssessmentOutcome;
import org.leavingcare.pathway.domain.transition.ImmigrationStatus;

import java.time.Instant;
import java.time.LocalDate;

/** The immigration facts the UASC rules need (rules.md UASC-1..9), one per young person. */
@Entity
@Table(name = "immigration")
public class Immigration extends PanacheEntityBase {

    @Id
    @Column(name = "young_person_id")
    public Long youngPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 40)
    public ImmigrationStatus status;

    @Column(name = "first_identified_on")
    public LocalDate firstIdentifiedOn;

    @Column(name = "risk_assessment_completed_on")
    public LocalDate riskAssessmentCompletedOn;

    @Column(name = "leave_expires_on")
    public LocalDate leaveExpiresOn;

    @Column(name = "solicitor_instructed_on")
    public LocalDate solicitorInstructedOn;

    @Column(name = "further_leave_application_made_on")
    public LocalDate furtherLeaveApplicationMadeOn;

    @Column(name = "age_disputed", nullable = false)
    public boolean ageDisputed;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_assessment_outcome", length = 40)
    public AgeAssessmentOutcome ageAssessmentOutcome;

    @Column(name = "updated_by", nullable = false, length = 64)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
