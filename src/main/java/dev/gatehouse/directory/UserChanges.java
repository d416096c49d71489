package dev.gatehouse.directory;

import dev.gatehouse.shared.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A user's fields as an admin edits them (the password is changed on its own). Same rules as {@link NewUser}.
 *
 * @param active null counts as true
 */
public record UserChanges(
        @NotNull(message = "{field.required}") @Pattern(regexp = NewUser.USERNAME, message = "{user.username.invalid}") String username,
        @NotNull(message = "{field.required}") @Size(min = 1, max = 256, message = "{user.displayName.size}")
        @Pattern(regexp = PlainText.PATTERN, message = "{text.plain}") String displayName,
        @Nullable @Email(message = "{user.email.invalid}") @Size(max = 320, message = "{user.email.invalid}") String email,
        @Nullable Boolean active) {

    public UserChanges {
        displayName = displayName == null ? null : displayName.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        active = active == null || active;
    }
}
