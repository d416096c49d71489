package dev.gatehouse.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Authenticator apps (TOTP): setting one up, checking its codes once each, removing it. */
@Component
class AuthenticatorApps {

    static final Duration SETUP_TIME = Duration.ofMinutes(15);

    enum Verification { ACCEPTED, REPLAYED, WRONG }

    private final AuthenticatorAppRepository apps;
    private final AtRestEncryption encryption;
    private final Clock clock;

    AuthenticatorApps(AuthenticatorAppRepository apps, AtRestEncryption encryption, Clock clock) {
        this.apps = apps;
        this.encryption = encryption;
        this.clock = clock;
    }

    boolean available() {
        return encryption.available();
    }

    /** A new seed, sealed for the session; {@link #secretOf} opens it to show it to its user. */
    PendingAuthenticatorApp start(UUID userId) {
        byte[] secret = RandomSecrets.randomBytes(Totp.SECRET_BYTES);
        String sealed = encryption.cipher().seal(secret, PendingAuthenticatorApp.sealContext(userId));
        return new PendingAuthenticatorApp(userId, sealed, clock.instant());
    }

    byte[] secretOf(PendingAuthenticatorApp pending) {
        return encryption.cipher().open(pending.sealedSecret(), PendingAuthenticatorApp.sealContext(pending.userId()));
    }

    boolean expired(PendingAuthenticatorApp pending) {
        return clock.instant().isAfter(pending.startedAt().plus(SETUP_TIME));
    }

    /** Stores the app when {@code code} is one of its current codes; that code is then used up. */
    @Transactional
    Optional<AuthenticatorApp> confirm(PendingAuthenticatorApp pending, String name, String code) {
        byte[] secret = secretOf(pending);
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(secret, code, now, Long.MIN_VALUE);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        SecretCipher cipher = encryption.cipher();
        String sealed = cipher.seal(secret, AuthenticatorApp.sealContext(id, pending.userId()));
        return Optional.of(apps.save(new AuthenticatorApp(id, pending.userId(), name, sealed, cipher.keyId(),
                step.getAsLong(), now)));
    }

    /** Checks a code against each of the user's apps; a code counts once, whichever node sees it first. */
    @Transactional
    Verification verify(UUID userId, String code) {
        Instant now = clock.instant();
        Verification result = Verification.WRONG;
        for (AuthenticatorApp app : apps.findByUserIdOrderByCreatedAt(userId)) {
            byte[] secret = encryption.cipher().open(app.sealedSecret(),
                    AuthenticatorApp.sealContext(app.id(), userId));
            OptionalLong fresh = Totp.matchingStep(secret, code, now, app.lastUsedStep());
            if (fresh.isPresent() && apps.markStepUsed(app.id(), fresh.getAsLong(), now) == 1) {
                return Verification.ACCEPTED;
            }
            if (Totp.matchingStep(secret, code, now, Long.MIN_VALUE).isPresent()) {
                result = Verification.REPLAYED;
            }
        }
        return result;
    }

    List<AuthenticatorApp> of(UUID userId) {
        return apps.findByUserIdOrderByCreatedAt(userId);
    }

    long count(UUID userId) {
        return apps.countByUserId(userId);
    }

    @Transactional
    boolean remove(UUID userId, UUID appId) {
        return apps.deleteByIdAndUserId(appId, userId) == 1;
    }

    @Transactional
    int removeAll(UUID userId) {
        return apps.deleteByUserId(userId);
    }
}
