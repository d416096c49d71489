package dev.gatehouse.shared;

import org.jspecify.annotations.Nullable;

/**
 * What a free-text field (a display name, a description) may hold: any text without control characters (PostgreSQL
 * refuses a NUL outright, and a line break has no place in a one-line field) and without the Unicode controls that
 * turn text right-to-left, which could make a name read as another on the admin pages.
 */
public final class PlainText {

    /** For {@code @Pattern(regexp = PlainText.PATTERN)}. */
    public static final String PATTERN = "[^\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069]*";

    private PlainText() {
    }

    /**
     * Text from outside (a provider's error description) made safe for one log line: every control character,
     * line breaks included, becomes {@code _}, so nobody can start a line of their own in the log. No text (an
     * exception without a message) is the empty text.
     */
    public static String forLog(@Nullable String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "_");
    }
}
