package org.leavingcare.leaver.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.leavingcare.leaver.domain.ContactKind;

import java.time.Instant;
import java.time.LocalDate;

/** A keeping-in-touch contact or attempt (PA-5(g), PA-7). */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "case_ref", nullable = false, length = 64)
    public String caseRef;

    @Column(name = "contact_on", nullable = false)
    public LocalDate contactOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    public ContactKind kind;

    @Column(name = "successful", nullable = false)
    public boolean successful;

    /** PA-6: at the accommodation the young person lives in. */
    @Column(name = "at_accommodation", nullable = false)
    public boolean atAccommodation;

    @Column(name = "adviser_id", length = 64)
    public String adviserId;

    @Column(name = "recorded_by", nullable = false, length = 128)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
