package org.leavingcare.leaver.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A personal adviser allocated to a young person, from {@code startedOn} until {@code endedOn}. */
@Entity
@Table(name = "allocation")
public class Allocation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "case_ref", nullable = false, length = 64)
    public String caseRef;

    @Column(name = "adviser_id", nullable = false, length = 64)
    public String adviserId;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "end_reason", length = 500)
    public String endReason;

    /** Allocated beyond the adviser's capacity, by an explicit override. */
    @Column(name = "over_capacity", nullable = false)
    public boolean overCapacity;

    @Column(name = "override_reason", length = 500)
    public String overrideReason;

    @Column(name = "allocated_by", nullable = false, length = 128)
    public String allocatedBy;

    @Column(name = "ended_by", length = 128)
    public String endedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
