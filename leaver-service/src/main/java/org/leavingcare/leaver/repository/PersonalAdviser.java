package org.leavingcare.leaver.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A personal adviser (rules.md PA-5) with a contracted capacity in weighted points. */
@Entity
@Table(name = "personal_adviser")
public class PersonalAdviser extends PanacheEntityBase {

    @Id
    @Column(name = "id", length = 64)
    public String id;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "team", nullable = false, length = 64)
    public String team;

    @Column(name = "capacity", nullable = false)
    public int capacity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "languages", nullable = false, columnDefinition = "text[]")
    public String[] languages = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "specialisms", nullable = false, columnDefinition = "text[]")
    public String[] specialisms = new String[0];

    @Column(name = "active", nullable = false)
    public boolean active;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The entity tag of this version. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
