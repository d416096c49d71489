package dev.gatehouse.signin;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A browser that passed the second step; its cookie holds a random token of which only the hash is kept. */
@Entity
@Table(name = "mfa_trusted_devices")
class TrustedDevice {

    @Id
    private UUID id;

    private UUID userId;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    protected TrustedDevice() {
        // for JPA
    }

    TrustedDevice(UUID userId, String tokenHash, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }
}
