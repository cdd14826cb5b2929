package org.leavingcare.pathway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.leavingcare.pathway.domain.category.CareEpisode;

import java.time.LocalDate;
import java.util.List;

/**
 * The stored row of a recorded period of care (SSDA903 episode): end exclusive, null while open. The rules work on
 * the domain's {@link CareEpisode}, which {@link #toCareEpisode()} gives.
 */
@Entity
@Table(name = "care_episode")
public class CareEpisodeRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "young_person_id", nullable = false)
    public Long youngPersonId;

    @Column(name = "start_date", nullable = false)
    public LocalDate start;

    @Column(name = "end_date")
    public LocalDate end;

    @Column(name = "legal_status", nullable = false, length = 2)
    public String legalStatus;

    @Column(name = "placement_type", length = 2)
    public String placementType;

    @Column(name = "reason_ceased", length = 3)
    public String reasonCeased;

    /** The young person's episodes, earliest first. */
    public static List<CareEpisodeRow> of(Long youngPersonId) {
        return list("youngPersonId = ?1 order by start", youngPersonId);
    }

    /** The earliest episode, or null if none is recorded. */
    public static CareEpisodeRow earliest(Long youngPersonId) {
        return find("youngPersonId = ?1 order by start", youngPersonId).firstResult();
    }

    public static void deleteOf(Long youngPersonId) {
        delete("youngPersonId", youngPersonId);
    }

    public CareEpisode toCareEpisode() {
        return new CareEpisode(start, end, legalStatus, reasonCeased, placementType);
    }
}
