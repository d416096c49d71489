package dev.gatehouse.admin;

import dev.gatehouse.directory.NewUser;
import dev.gatehouse.directory.UserChanges;
import dev.gatehouse.directory.UserView;
import org.jspecify.annotations.Nullable;

/**
 * The user form of the admin pages, for creating and editing. {@code passwordMode} is a {@link PasswordMode}'s
 * value when creating ({@code password} is used for {@link PasswordMode#TYPE}); {@code version} when editing.
 */
record UserForm(@Nullable String username, @Nullable String displayName, @Nullable String email, boolean active,
        @Nullable String passwordMode, @Nullable String password, @Nullable Long version) {

    static UserForm empty() {
        return new UserForm("", "", "", true, PasswordMode.GENERATE.value(), "", null);
    }

    static UserForm of(UserView user) {
        return new UserForm(user.username(), user.displayName(), user.email(), user.active(), null, null,
                user.version());
    }

    PasswordMode mode() {
        return PasswordMode.of(passwordMode);
    }

    NewUser newUser() {
        return new NewUser(username, displayName, email, active, mode() == PasswordMode.TYPE ? nonNull(password) : null);
    }

    UserChanges changes() {
        return new UserChanges(username, displayName, email, active);
    }

    private static String nonNull(@Nullable String password) {
        return password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "UserForm[username=" + username + "]";
    }
}
