package dev.gatehouse.settings;

import java.util.Locale;

/** What happens when a user who must pass a second step has no device for it yet. */
public enum MfaWithoutDevice {
    /** The user registers a device during sign-in before going on. */
    REQUIRE_REGISTRATION,
    /** The sign-in is refused; an administrator has to help. */
    BLOCK,
    /** The user signs in with the password alone. */
    ALLOW;

    /** The name used in properties and forms: {@code require-registration}, {@code block}, {@code allow}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
