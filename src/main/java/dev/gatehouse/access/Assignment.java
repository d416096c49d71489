package dev.gatehouse.access;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Rows are only inserted and deleted, never changed, so they carry no version. */
@Entity
@Table(name = "assignments")
class Assignment {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private PrincipalType principalType;

    private UUID principalId;

    private String accountId;

    private UUID permissionSetId;

    private Instant createdAt;

    protected Assignment() {
        // for JPA
    }

    Assignment(PrincipalType principalType, UUID principalId, String accountId, UUID permissionSetId, Instant now) {
        this.id = UUID.randomUUID();
        this.principalType = principalType;
        this.principalId = principalId;
        this.accountId = accountId;
        this.permissionSetId = permissionSetId;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }
}
