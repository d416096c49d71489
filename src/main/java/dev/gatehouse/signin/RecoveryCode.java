package dev.gatehouse.signin;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One recovery code, kept only as a hash, used at most once. */
@Entity
@Table(name = "mfa_recovery_codes")
class RecoveryCode {

    @Id
    private UUID id;

    private UUID userId;

    private String codeHash;

    private Instant createdAt;

    private @Nullable Instant usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    RecoveryCode(UUID userId, String codeHash, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.codeHash = codeHash;
        this.createdAt = now;
    }
}
