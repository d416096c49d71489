package dev.gatehouse.signin;

import java.util.UUID;

import dev.gatehouse.directory.SignInAccount;
import dev.gatehouse.settings.MfaMethod;
import dev.gatehouse.settings.MfaPolicy;
import dev.gatehouse.settings.MfaPrompt;
import dev.gatehouse.settings.SettingsManagement;
import dev.gatehouse.shared.Origin;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Applies the MFA policy (see {@link MfaPolicy}) to one directory user after their password: which second step
 * they owe, and with which of their devices. Only devices of the methods the policy allows count.
 */
@Component
class SecondStepPolicy {

    private final SettingsManagement settings;
    private final AuthenticatorApps authenticatorApps;
    private final Passkeys passkeys;
    private final RecoveryCodes recoveryCodes;
    private final TrustedDevices trustedDevices;
    private final SecondStepFailures failures;

    SecondStepPolicy(SettingsManagement settings, AuthenticatorApps authenticatorApps, Passkeys passkeys,
            RecoveryCodes recoveryCodes, TrustedDevices trustedDevices, SecondStepFailures failures) {
        this.settings = settings;
        this.authenticatorApps = authenticatorApps;
        this.passkeys = passkeys;
        this.recoveryCodes = recoveryCodes;
        this.trustedDevices = trustedDevices;
        this.failures = failures;
    }

    /**
     * The {@link MfaAuthorities} mark for a password sign-in.
     *
     * @param trustedDeviceToken the browser's trusted-device cookie, if it sent one
     * @throws MfaBlockedException when the user has no usable device and the policy blocks such sign-ins
     */
    String afterPassword(SignedInUser user, @Nullable String trustedDeviceToken) {
        MfaPolicy policy = settings.mfaPolicy();
        if (policy.prompt() == MfaPrompt.NEVER) {
            return MfaAuthorities.NOT_REQUIRED;
        }
        if (!options(user.userId(), policy).hasDevice()) {
            return switch (policy.withoutDevice()) {
                case ALLOW -> MfaAuthorities.NOT_REQUIRED;
                case REQUIRE_REGISTRATION -> MfaAuthorities.REGISTRATION_REQUIRED;
                case BLOCK -> {
                    failures.record(user, Origin.attempt(user.username()), "none", "no-device", false);
                    throw new MfaBlockedException();
                }
            };
        }
        if (policy.prompt() == MfaPrompt.CONTEXT_CHANGE
                && trustedDevices.isTrusted(user.userId(), trustedDeviceToken)) {
            return MfaAuthorities.TRUSTED_DEVICE;
        }
        return MfaAuthorities.REQUIRED;
    }

    /**
     * A sign-in that waits for its user's first device, while the user still has none. Once they have one (registered
     * in another browser since), the sign-in owes an ordinary second step with it, and may not register another.
     */
    boolean registrationOwed(@Nullable Authentication authentication) {
        return MfaAuthorities.registrationPending(authentication)
                && authentication.getPrincipal() instanceof SignedInUser user && !options(user.userId()).hasDevice();
    }

    /** After a passed second step: whether to remember this browser. */
    boolean trustsBrowsers() {
        return settings.mfaPolicy().prompt() == MfaPrompt.CONTEXT_CHANGE;
    }

    SecondStepOptions options(UUID userId) {
        return options(userId, settings.mfaPolicy());
    }

    /** Whether the user may register an authenticator app now: a directory user, and the policy offers them. */
    boolean mayAddAuthenticatorApp(SignInAccount account) {
        return account.passwordHash() != null && options(account.id()).mayAddAuthenticatorApp();
    }

    /** Whether the user may register a passkey now: a directory user, and the policy allows them. */
    boolean mayAddPasskey(SignInAccount account) {
        return account.passwordHash() != null && options(account.id()).mayAddPasskey();
    }

    /** How many devices the user has of the methods the policy allows. */
    long devices(UUID userId) {
        MfaPolicy policy = settings.mfaPolicy();
        return (policy.allows(MfaMethod.TOTP) ? authenticatorApps.count(userId) : 0)
                + (policy.allows(MfaMethod.WEBAUTHN) ? passkeys.count(userId) : 0);
    }

    private SecondStepOptions options(UUID userId, MfaPolicy policy) {
        boolean apps = policy.allows(MfaMethod.TOTP);
        boolean keys = policy.allows(MfaMethod.WEBAUTHN);
        return new SecondStepOptions(
                apps && authenticatorApps.count(userId) > 0,
                keys && passkeys.count(userId) > 0,
                recoveryCodes.remaining(userId) > 0,
                apps && authenticatorApps.available(),
                keys);
    }

    /**
     * What a user can do at the second step and on the security page under the current policy.
     *
     * @param authenticatorApp the user has an authenticator app they may use
     * @param passkey the user has a passkey they may use
     * @param recoveryCodes the user has unused recovery codes
     * @param mayAddAuthenticatorApp authenticator apps are allowed and can be stored
     * @param mayAddPasskey passkeys are allowed
     */
    record SecondStepOptions(boolean authenticatorApp, boolean passkey, boolean recoveryCodes,
            boolean mayAddAuthenticatorApp, boolean mayAddPasskey) {

        boolean hasDevice() {
            return authenticatorApp || passkey;
        }
    }
}
