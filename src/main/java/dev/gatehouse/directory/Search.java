package dev.gatehouse.directory;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Turns what an admin typed into a search box into a case-insensitive "contains" LIKE pattern. */
final class Search {

    private Search() {
    }

    static String pattern(@Nullable String query) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
