package dev.gatehouse.settings;

import java.util.Locale;

/** The kinds of second factor users may register and sign in with. */
public enum MfaMethod {
    /** Authenticator apps: time-based one-time codes (RFC 6238). */
    TOTP,
    /** Security keys and built-in authenticators (passkeys). */
    WEBAUTHN;

    /** The name used in properties and forms: {@code totp}, {@code webauthn}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
