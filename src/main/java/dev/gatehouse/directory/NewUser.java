package dev.gatehouse.directory;

import dev.gatehouse.shared.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A user to create in the directory. The username is unique ignoring case and becomes the AWS role session name,
 * so it is never rewritten: a value that does not match {@link #USERNAME} is refused.
 *
 * @param email optional; blank counts as none
 * @param active null counts as true
 * @param password optional initial password (see {@link ValidPassword}); without one the user cannot sign in with a
 *        password until an admin sets one
 */
public record NewUser(
        @NotNull(message = "{field.required}") @Pattern(regexp = USERNAME, message = "{user.username.invalid}") String username,
        @NotNull(message = "{field.required}") @Size(min = 1, max = 256, message = "{user.displayName.size}")
        @Pattern(regexp = PlainText.PATTERN, message = "{text.plain}") String displayName,
        @Nullable @Email(message = "{user.email.invalid}") @Size(max = 320, message = "{user.email.invalid}") String email,
        @Nullable Boolean active,
        @Nullable @ValidPassword String password) {

    /** AWS's pattern for role session names, 2 to 64 characters. */
    public static final String USERNAME = "[\\w+=,.@-]{2,64}";

    public NewUser {
        displayName = displayName == null ? null : displayName.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        active = active == null || active;
        password = password == null || password.isEmpty() ? null : password;
    }

    public UserChanges changes() {
        return new UserChanges(username, displayName, email, active);
    }

    @Override
    public String toString() {
        return "NewUser[username=" + username + "]";
    }
}
