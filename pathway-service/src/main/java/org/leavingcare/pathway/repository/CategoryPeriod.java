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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    public static void deleteOf(Long youngPersonId) {
        delete("youngPersonId", youngPersonId);
    }

    /** The stored category on {@code day} of each of {@code youngPersonIds} that has one. */
    public static Map<Long, CareLeaverCategory> on(LocalDate day, List<Long> youngPersonIds) {
        return CategoryPeriod.<CategoryPeriod>list("youngPersonId in ?1 and fromDate <= ?2 and (untilDate is null or untilDate > ?2)",
                youngPersonIds, day).stream().collect(Collectors.toMap(c -> c.youngPersonId, c -> c.category, (a, b) -> a));
    }
}
