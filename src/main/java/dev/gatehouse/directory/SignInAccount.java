package dev.gatehouse.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What sign-in needs to know about a directory user.
 *
 * @param passwordHash the encoded password, or null when the user has none (external identities only)
 * @param admin whether the user is a member of the admin group
 */
public record SignInAccount(UUID id, String username, String displayName, @Nullable String passwordHash,
        boolean active, boolean admin) {

    @Override
    public String toString() {
        return "SignInAccount[id=" + id + ", username=" + username + ", active=" + active + ", admin=" + admin + "]";
    }
}
