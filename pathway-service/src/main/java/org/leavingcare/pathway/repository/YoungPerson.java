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
import jakarta.persistence.Version;
import org.leavingcare.pathway.domain.category.CareLeaverFacts;
import org.leavingcare.pathway.domain.youngperson.Gender;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A young person as the case-management system knows them, with the deadlines the suite last computed. */
@Entity
@Table(name = "young_person")
public class YoungPerson extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_ref", nullable = false, unique = true, length = 64)
    public String caseRef;

    @Column(name = "given_name", nullable = false, length = 100)
    public String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    public String familyName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 20)
    public Gender gender;

    @Column(name = "ethnicity", length = 4)
    public String ethnicity;

    @Column(name = "team", length = 64)
    public String team;

    @Column(name = "social_worker", length = 64)
    public String socialWorker;

    /** The independent reviewing officer's id (access scope: an IRO sees the young people they review). */
    @Column(name = "reviewing_officer", length = 64)
    public String reviewingOfficer;

    @Column(name = "disabled", nullable = false)
    public boolean disabled;

    /** Disability codes (CIN census), comma-separated. */
    @Column(name = "disability_codes", length = 200)
    public String disabilityCodes;

    @Column(name = "likely_adult_care_needs", nullable = false)
    public boolean likelyAdultCareNeeds;

    @Column(name = "ehcp", nullable = false)
    public boolean ehcp;

    @Column(name = "uasc", nullable = false)
    public boolean uasc;

    @Column(name = "complex_needs", nullable = false)
    public boolean complexNeeds;

    @Column(name = "complex_needs_reason", length = 500)
    public String complexNeedsReason;

    @Column(name = "care_order_at_16", nullable = false)
    public boolean careOrderAt16;

    @Column(name = "detained_on_16th_birthday", nullable = false)
    public boolean detainedOrInHospitalOn16thBirthday;

    @Column(name = "lived_with_parent_since")
    public LocalDate livedWithParentSince;

    @Column(name = "arrangement_broke_down_on")
    public LocalDate arrangementBrokeDownOn;

    /** Computed: the first day eligible if nothing else changes. */
    @Column(name = "eligibility_date")
    public LocalDate eligibilityDate;

    /** Computed: NA-1 deadline. */
    @Column(name = "needs_assessment_due_on")
    public LocalDate needsAssessmentDueOn;

    /** Computed: when the first needs assessment was completed. */
    @Column(name = "needs_assessment_completed_on")
    public LocalDate needsAssessmentCompletedOn;

    /** Computed: NA-6 deadline of a pending reassessment. */
    @Column(name = "reassessment_due_on")
    public LocalDate reassessmentDueOn;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    public String updatedBy;

    public static Optional<YoungPerson> findByCaseRef(String caseRef) {
        return find("caseRef", caseRef).firstResultOptional();
    }

    /** The young people with these ids, by id. */
    public static Map<Long, YoungPerson> byId(List<Long> ids) {
        return YoungPerson.<YoungPerson>list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, p -> p));
    }

    /** The entity tag of this version of the record. */
    public String etag() {
        return "\"" + version + "\"";
    }

    public List<String> disabilityCodeList() {
        return disabilityCodes == null || disabilityCodes.isBlank() ? List.of() : Arrays.asList(disabilityCodes.split(","));
    }

    public CareLeaverFacts careLeaverFacts() {
        return new CareLeaverFacts(careOrderAt16, detainedOrInHospitalOn16thBirthday, livedWithParentSince,
                arrangementBrokeDownOn);
    }
}
