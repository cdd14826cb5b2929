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
import org.leavingcare.leaver.domain.ExplanationMethod;

import java.time.Instant;
import java.time.LocalDate;

/** A record that the local offer and the young person's rights and entitlements were explained. */
@Entity
@Table(name = "entitlements_explanation")
public class EntitlementsExplanation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "case_ref", nullable = false, length = 64)
    public String caseRef;

    @Column(name = "explained_on", nullable = false)
    public LocalDate explainedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 20)
    public ExplanationMethod method;

    /** The young person acknowledged the explanation. */
    @Column(name = "acknowledged", nullable = false)
    public boolean acknowledged;

    @Column(name = "recorded_by", nullable = false, length = 128)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
