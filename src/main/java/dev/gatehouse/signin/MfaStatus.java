package dev.gatehouse.signin;

/**
 * A user's MFA devices, as an administrator sees them.
 *
 * @param directoryUser false for users without a password (external identities), who get MFA from their IdP
 * @param recoveryCodes unused recovery codes left
 */
public record MfaStatus(boolean directoryUser, long authenticatorApps, long passkeys, long recoveryCodes) {

    public boolean hasDevice() {
        return authenticatorApps + passkeys > 0;
    }
}
