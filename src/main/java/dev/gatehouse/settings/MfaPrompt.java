package dev.gatehouse.settings;

import java.util.Locale;

/** When directory users are asked for a second factor after their password, as in Identity Center. */
public enum MfaPrompt {
    /** At every sign-in. */
    ALWAYS,
    /** Only when the sign-in context changes: a browser that passed the second step is trusted for 30 days. */
    CONTEXT_CHANGE,
    /** Never: the password alone signs in. */
    NEVER;

    /** The name used in properties and forms: {@code always}, {@code context-change}, {@code never}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
