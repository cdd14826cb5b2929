package org.leavingcare.pathway.youngperson;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A young person as the case-management system knows them. */
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

    @Column(name = "team", length = 64)
    public String team;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<YoungPerson> findByCaseRef(String caseRef) {
        return find("caseRef", caseRef).firstResultOptional();
    }

    /** The entity tag of this version of the record. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
