package dev.gatehouse.directory;

import java.time.Duration;
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

    /** {@code last_used_at} is written at most this often, so busy automation does not write on every call. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

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
        this(userId, name, tokenHash, now, null);
    }

    ApiToken(UUID userId, String name, String tokenHash, Instant now, @Nullable Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Records a use; returns whether the stored time needs writing. */
    boolean usedAt(Instant now) {
        if (lastUsedAt != null && lastUsedAt.plus(LAST_USED_PRECISION).isAfter(now)) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    String name() {
        return name;
    }

    ApiTokenView toView(Instant now) {
        return new ApiTokenView(id, name, createdAt, lastUsedAt, expiresAt, expiredAt(now));
    }
}
