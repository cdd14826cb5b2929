package org.leavingcare.leaver.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A young person as leaver-service knows them: pathway-service's snapshot (applied from its change
 * feed, never edited here) and the facts leaver-service records itself.
 */
@Entity
@Table(name = "young_person")
public class YoungPerson extends PanacheEntityBase {

    @Id
    @Column(name = "case_ref", length = 64)
    public String caseRef;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "team", length = 64)
    public String team;

    /** The social worker's id (pathway-service's {@code socialWorker}): who may see the young person. */
    @Column(name = "social_worker", length = 64)
    public String socialWorker;

    /** The reviewing officer's (IRO's) id (pathway-service's {@code reviewingOfficer}). */
    @Column(name = "reviewing_officer", length = 64)
    public String reviewingOfficer;

    @Column(name = "disabled", nullable = false)
    public boolean disabled;

    @Column(name = "uasc", nullable = false)
    public boolean uasc;

    @Column(name = "complex_needs", nullable = false)
    public boolean complexNeeds;

    /** pathway-service's {@code categoryTimeline}, as JSON. */
    @Column(name = "category_timeline", nullable = false)
    public String categoryTimeline;

    /** The sequence of the pathway event this row was last applied from (idempotent replay). */
    @Column(name = "source_sequence", nullable = false)
    public long sourceSequence;

    @Column(name = "allocation_due_on")
    public LocalDate allocationDueOn;

    /** PA-3: the day the adviser duty ends (the 21st birthday at the latest); {@code null} when the timeline sets none. */
    @Column(name = "adviser_duty_ends_on")
    public LocalDate adviserDutyEndsOn;

    /** Counts the updates of the circumstances leaver-service records itself: their entity tag. */
    @Column(name = "circumstances_version", nullable = false)
    public long circumstancesVersion;

    /** The entity tag of the circumstances. */
    public String circumstancesETag() {
        return "\"" + circumstancesVersion + "\"";
    }

    @Column(name = "in_custody", nullable = false)
    public boolean inCustody;

    @Column(name = "parent", nullable = false)
    public boolean parent;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "languages", nullable = false, columnDefinition = "text[]")
    public String[] languages = new String[0];

    /** PA-6: moved into accommodation the council provides (s23B / s24B) on this day; null if not in it. */
    @Column(name = "council_accommodation_from")
    public LocalDate councilAccommodationFrom;

    /** The pathway plan's last review (pathway-service's {@code pathwayPlan.lastReviewOn}). */
    @Column(name = "plan_last_review_on")
    public LocalDate planLastReviewOn;

    /** The pathway plan's next review (pathway-service's {@code pathwayPlan.nextReviewDue}). */
    @Column(name = "plan_next_review_due")
    public LocalDate planNextReviewDue;

    @Column(name = "projected_at", nullable = false)
    public Instant projectedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
