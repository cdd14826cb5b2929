package org.leavingcare.pathway.youngperson;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

/** A recorded period of care (SSDA903 episode): end exclusive, null while open. */
@Entity
@Table(name = "care_episode")
public class CareEpisode extends PanacheEntityBase {

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

    public static List<CareEpisode> of(YoungPerson person) {
        return list("youngPersonId = ?1 order by start", person.id);
    }

    public org.leavingcare.pathway.domain.category.CareEpisode toStatutory() {
        return new org.leavingcare.pathway.domain.category.CareEpisode(start, end, legalStatus, reasonCeased, placementType);
    }
}
