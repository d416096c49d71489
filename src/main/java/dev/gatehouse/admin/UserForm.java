package dev.gatehouse.admin;

import dev.gatehouse.directory.NewUser;
import dev.gatehouse.directory.UserChanges;
import dev.gatehouse.directory.UserView;
import org.jspecify.annotations.Nullable;

/**
 * The user form of the admin pages, for creating and editing. {@code passwordMode} is {@code none},
 * {@code generate} or {@code type} (then {@code password} is used) when creating; {@code version} when editing.
 */
record UserForm(@Nullable String username, @Nullable String displayName, @Nullable String email, boolean active,
        @Nullable String passwordMode, @Nullable String password, @Nullable Long version) {

    static UserForm empty() {
        return new UserForm("", "", "", true, "generate", "", null);
    }

    static UserForm of(UserView user) {
        return new UserForm(user.username(), user.displayName(), user.email(), user.active(), null, null,
                user.version());
    }

    boolean generatePassword() {
        return "generate".equals(passwordMode);
    }

    NewUser newUser() {
        return new NewUser(username, displayName, email, active, "type".equals(passwordMode) ? nonNull(password) : null);
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
