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
import org.leavingcare.pathway.domain.assessment.RiskRating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A needs ("pathway") assessment of one young person (rules.md NA-1, NA-2). */
@Entity
@Table(name = "needs_assessment")
public class NeedsAssessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "young_person_id", nullable = false)
    public Long youngPersonId;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "started_by", nullable = false, length = 64)
    public String startedBy;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "completed_by", length = 64)
    public String completedBy;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_rating", length = 10)
    public RiskRating riskRating;

    @Column(name = "narrative")
    public String narrative;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public boolean completed() {
        return completedOn != null;
    }

    public static List<NeedsAssessment> of(Long youngPersonId) {
        return list("youngPersonId = ?1 order by startedOn, id", youngPersonId);
    }

    public static boolean oneInProgress(Long youngPersonId) {
        return count("youngPersonId = ?1 and completedOn is null", youngPersonId) > 0;
    }

    /** The assessment completed last (the later id on the same day), if any. */
    public static Optional<NeedsAssessment> latestCompleted(Long youngPersonId) {
        return NeedsAssessment.<NeedsAssessment>list(
                "youngPersonId = ?1 and completedOn is not null order by completedOn desc, id desc", youngPersonId)
                .stream().findFirst();
    }
}
