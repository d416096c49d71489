package dev.gatehouse.admin;

import org.jspecify.annotations.Nullable;

/** How the new-user form sets the first password; {@code value} is what the form sends. */
enum PasswordMode {

    /** Gatehouse generates one and shows it once. */
    GENERATE("generate"),
    /** The admin types one. */
    TYPE("type"),
    /** None for now: the user cannot sign in with a password. */
    NONE("none");

    private final String value;

    PasswordMode(String value) {
        this.value = value;
    }

    /** Public for the page's expressions, which call only public methods. */
    public String value() {
        return value;
    }

    /** The mode a form sent; anything else sets no password. */
    static PasswordMode of(@Nullable String value) {
        for (PasswordMode mode : values()) {
            if (mode.value.equals(value)) {
                return mode;
            }
        }
        return NONE;
    }
}
