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
import org.leavingcare.pathway.domain.category.CareLeaverCategory;

import java.time.LocalDate;

/** One stored segment of the projected category timeline, so that lists can filter by today's category in SQL. */
@Entity
@Table(name = "category_period")
public class CategoryPeriod extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "young_person_id", nullable = false)
    public Long youngPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    public CareLeaverCategory category;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    @Column(name = "until_date")
    public LocalDate untilDate;
}
