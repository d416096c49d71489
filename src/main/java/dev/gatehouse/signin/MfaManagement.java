package dev.gatehouse.signin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.SignInAccount;
import dev.gatehouse.shared.NotFoundException;
import dev.gatehouse.shared.Origin;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Multi-factor authentication of directory users: their devices (authenticator apps, passkeys), recovery codes
 * and trusted browsers. Every change of devices forgets the user's trusted browsers and is published as an event.
 */
@Service
@Transactional(readOnly = true)
public class MfaManagement {

    private final DirectoryManagement directory;
    private final AuthenticatorApps authenticatorApps;
    private final Passkeys passkeys;
    private final RecoveryCodes recoveryCodes;
    private final TrustedDevices trustedDevices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MfaManagement(DirectoryManagement directory, AuthenticatorApps authenticatorApps, Passkeys passkeys,
            RecoveryCodes recoveryCodes, TrustedDevices trustedDevices, ApplicationEventPublisher events,
            Clock clock) {
        this.directory = directory;
        this.authenticatorApps = authenticatorApps;
        this.passkeys = passkeys;
        this.recoveryCodes = recoveryCodes;
        this.trustedDevices = trustedDevices;
        this.events = events;
        this.clock = clock;
    }

    /** @throws NotFoundException when there is no such user */
    public MfaStatus statusOf(UUID userId) {
        SignInAccount account = account(userId);
        return new MfaStatus(account.passwordHash() != null, authenticatorApps.count(userId), passkeys.count(userId),
                recoveryCodes.remaining(userId));
    }

    /**
     * Removes all of a user's authenticator apps, passkeys, recovery codes and trusted browsers, for a user who
     * lost their device. Under the default policy they register a new device at their next sign-in. Admins only.
     *
     * @throws NotFoundException when there is no such user
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MfaStatus resetDevices(UUID userId) {
        SignInAccount account = account(userId);
        int apps = authenticatorApps.removeAll(userId);
        int keys = passkeys.removeAll(userId);
        int codes = recoveryCodes.removeAll(userId);
        trustedDevices.forgetAll(userId);
        events.publishEvent(new MfaReset(clock.instant(), Origin.current(), userId, account.username(), apps, keys,
                codes));
        return statusOf(userId);
    }

    /** False when authenticator apps cannot be offered: a shared database without an encryption key. */
    public boolean authenticatorAppsAvailable() {
        return authenticatorApps.available();
    }

    List<MfaDevice> devicesOf(UUID userId) {
        List<MfaDevice> devices = new ArrayList<>();
        authenticatorApps.of(userId).forEach(app -> devices.add(new MfaDevice(MfaDevice.AUTHENTICATOR_APP,
                app.id().toString(), app.name(), app.createdAt(), app.lastUsedAt())));
        passkeys.of(userId).forEach(key -> devices.add(new MfaDevice(MfaDevice.PASSKEY,
                key.getCredentialId().toBase64UrlString(), key.getLabel(), key.getCreated(), key.getLastUsed())));
        devices.sort(Comparator.comparing(MfaDevice::createdAt));
        return devices;
    }

    Optional<MfaDevice> device(UUID userId, String type, String id) {
        return devicesOf(userId).stream().filter(d -> d.type().equals(type) && d.id().equals(id)).findFirst();
    }

    long recoveryCodesLeft(UUID userId) {
        return recoveryCodes.remaining(userId);
    }

    /** Stores a confirmed authenticator app; empty when the code was not one of its current codes. */
    @Transactional
    Optional<AuthenticatorApp> confirmAuthenticatorApp(SignInAccount account, PendingAuthenticatorApp pending,
            String name, String code) {
        Optional<AuthenticatorApp> app = authenticatorApps.confirm(pending, name, code);
        app.ifPresent(confirmed -> registered(account, MfaDevice.AUTHENTICATOR_APP, name));
        return app;
    }

    @Transactional
    CredentialRecord registerPasskey(SignInAccount account, PendingPasskey pending, RelyingPartyPublicKey publicKey) {
        CredentialRecord record = passkeys.finish(account, pending, publicKey);
        registered(account, MfaDevice.PASSKEY, record.getLabel());
        return record;
    }

    /** Removes a device; removing the last one also removes the recovery codes, which back devices up. */
    @Transactional
    boolean remove(SignInAccount account, MfaDevice device) {
        boolean removed = device.type().equals(MfaDevice.AUTHENTICATOR_APP)
                ? authenticatorApps.remove(account.id(), UUID.fromString(device.id()))
                : passkeys.remove(account.id(), device.id());
        if (!removed) {
            return false;
        }
        if (devicesOf(account.id()).isEmpty()) {
            recoveryCodes.removeAll(account.id());
        }
        trustedDevices.forgetAll(account.id());
        events.publishEvent(new MfaRemoved(clock.instant(), Origin.current(), account.id(), account.username(),
                device.type(), device.name()));
        return true;
    }

    /** Ten new recovery codes in place of the old ones: the only time they are seen in the clear. */
    @Transactional
    List<String> regenerateRecoveryCodes(SignInAccount account) {
        List<String> codes = recoveryCodes.regenerate(account.id());
        events.publishEvent(new MfaRegistered(clock.instant(), Origin.current(), account.id(), account.username(),
                "recovery-codes", codes.size() + " recovery codes"));
        return codes;
    }

    /** The first recovery codes after a user's first device; empty when they have had codes since. */
    @Transactional
    Optional<List<String>> firstRecoveryCodes(SignInAccount account) {
        if (recoveryCodes.everGenerated(account.id()) || devicesOf(account.id()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(regenerateRecoveryCodes(account));
    }

    private void registered(SignInAccount account, String method, String name) {
        trustedDevices.forgetAll(account.id());
        events.publishEvent(new MfaRegistered(clock.instant(), Origin.current(), account.id(), account.username(),
                method, name));
    }

    private SignInAccount account(UUID userId) {
        return directory.findSignInAccount(userId).orElseThrow(() -> new NotFoundException("user", userId));
    }
}
