package dev.gatehouse.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An admin API bearer token. Only the SHA-256 hash of the token is stored. */
@Entity
@Table(name = "api_tokens")
class ApiToken {

    @Id
    private UUID id;

    private UUID userId;

    private String name;

    private String tokenHash;

    private Instant createdAt;

    private @Nullable Instant lastUsedAt;

    private @Nullable Instant expiresAt;

    protected ApiToken() {
        // for JPA
    }

    ApiToken(UUID userId, String name, String tokenHash, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }
}
