package dev.gatehouse.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Links a directory user to an identity at an OIDC provider, named by the provider's issuer and subject. */
@Entity
@Table(name = "external_identities")
class ExternalIdentity {

    @Id
    private UUID id;

    private UUID userId;

    private String issuer;

    private String subject;

    private @Nullable String registrationId;

    private @Nullable String idpUsername;

    private Instant createdAt;

    private @Nullable Instant lastSigninAt;

    protected ExternalIdentity() {
        // for JPA
    }

    ExternalIdentity(UUID userId, String issuer, String subject, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.issuer = issuer;
        this.subject = subject;
        this.createdAt = now;
    }

    void signedIn(String registrationId, String idpUsername, Instant now) {
        this.registrationId = registrationId;
        this.idpUsername = idpUsername;
        this.lastSigninAt = now;
    }

    UUID userId() {
        return userId;
    }

    ExternalIdentityView toView(String username) {
        return new ExternalIdentityView(registrationId, issuer, subject, idpUsername, username, createdAt, lastSigninAt);
    }
}
