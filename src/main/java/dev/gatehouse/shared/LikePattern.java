package dev.gatehouse.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Turns what someone typed into a search box into a case-insensitive "contains" pattern for SQL {@code LIKE}:
 * lower-case, stripped, without control characters (which no stored name holds, and a NUL PostgreSQL refuses), with
 * {@code %}, {@code _} and {@code \} taken literally. Queries using it must say
 * {@code like :pattern escape '\'} and compare against lower-cased columns.
 */
public final class LikePattern {

    private LikePattern() {
    }

    /** A pattern matching every value that contains {@code query}; null or blank matches everything. */
    public static String containing(@Nullable String query) {
        String text = query == null ? "" : query.replaceAll("\\p{Cntrl}", "").strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
