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
import org.leavingcare.pathway.domain.assessment.CircumstanceKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** NA-6: a significant change in a young person's circumstances, which makes a reassessment due. */
@Entity
@Table(name = "change_of_circumstance")
public class ChangeOfCircumstance extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "young_person_id", nullable = false)
    public Long youngPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    public CircumstanceKind kind;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "summary")
    public String summary;

    @Column(name = "recorded_by", nullable = false, length = 64)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<ChangeOfCircumstance> of(Long youngPersonId) {
        return list("youngPersonId = ?1 order by occurredOn, id", youngPersonId);
    }
}
