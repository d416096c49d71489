package dev.gatehouse.directory;

import dev.gatehouse.shared.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A group's name (unique ignoring case, 1 to 128 characters, no control characters, no leading or trailing
 * space) and optional description (up to 1,024 characters; blank counts as none).
 */
public record GroupDetails(
        @NotNull(message = "{field.required}") @Size(max = 128, message = "{group.name.invalid}")
        @Pattern(regexp = NAME, message = "{group.name.invalid}") String name,
        @Nullable @Size(max = 1024, message = "{group.description.size}")
        @Pattern(regexp = PlainText.PATTERN, message = "{text.plain}") String description) {

    static final String NAME = "[^\\p{Cntrl}\\s](?:[^\\p{Cntrl}]*[^\\p{Cntrl}\\s])?";

    public GroupDetails {
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
