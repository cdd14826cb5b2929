package org.leavingcare.pathway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.leavingcare.pathway.domain.transition.AdultServicesDecision;

import java.time.Instant;
import java.time.LocalDate;

/** The facts of a disabled young person's move to adult services (rules.md DIS-1..7), one per young person. */
@Entity
@Table(name = "adult_transition")
public class AdultTransition extends PanacheEntityBase {

    @Id
    @Column(name = "young_person_id")
    public Long youngPersonId;

    @Column(name = "referred_to_adult_social_care_on")
    public LocalDate referredToAdultSocialCareOn;

    @Column(name = "care_act_assessment_completed_on")
    public LocalDate careActAssessmentCompletedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "adult_services_decision", length = 40)
    public AdultServicesDecision adultServicesDecision;

    @Column(name = "adult_services_decision_on")
    public LocalDate adultServicesDecisionOn;

    @Column(name = "lead_worker", length = 64)
    public String leadWorker;

    @Column(name = "updated_by", nullable = false, length = 64)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
