package dev.gatehouse.signin;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A registered authenticator app. Its seed is only ever stored sealed (see {@link SecretCipher}). */
@Entity
@Table(name = "mfa_authenticator_apps")
class AuthenticatorApp {

    @Id
    private UUID id;

    private UUID userId;

    private String name;

    private String sealedSecret;

    private String keyId;

    private @Nullable Long lastUsedStep;

    private Instant createdAt;

    private @Nullable Instant lastUsedAt;

    protected AuthenticatorApp() {
        // for JPA
    }

    AuthenticatorApp(UUID id, UUID userId, String name, String sealedSecret, String keyId, long confirmedStep,
            Instant now) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.sealedSecret = sealedSecret;
        this.keyId = keyId;
        this.lastUsedStep = confirmedStep;
        this.createdAt = now;
        this.lastUsedAt = now;
    }

    /** The associated data its seed is sealed with: the seed opens only in this row. */
    static String sealContext(UUID id, UUID userId) {
        return "authenticator-app:" + id + ":user:" + userId;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String sealedSecret() {
        return sealedSecret;
    }

    long lastUsedStep() {
        return lastUsedStep == null ? Long.MIN_VALUE : lastUsedStep;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }
}
