package dev.gatehouse.admin;

import dev.gatehouse.shared.RejectedException;
import org.jspecify.annotations.Nullable;

/**
 * The version an API update is based on, from {@code If-Match: "3"} or the body's {@code version}; an update
 * without either is refused, so that no change silently overwrites another admin's.
 */
final class Versions {

    private Versions() {
    }

    static long expected(@Nullable String ifMatch, @Nullable Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return Long.parseLong(tag);
            }
            catch (NumberFormatException notOurs) {
                throw RejectedException.invalid("version", "version.invalid",
                        "If-Match must be the ETag of the record, such as \"3\".");
            }
        }
        if (bodyVersion == null) {
            throw RejectedException.invalid("version", "version.required",
                    "Send the version you read (the ETag) as If-Match or as the version field.");
        }
        return bodyVersion;
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
