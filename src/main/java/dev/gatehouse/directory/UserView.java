package dev.gatehouse.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A directory user as admins see it.
 *
 * @param source {@code DIRECTORY} (made here), {@code OIDC} or {@code SCIM}
 * @param hasPassword whether the user can sign in with a password (the hash itself never leaves the directory)
 * @param version the optimistic-locking version an update must quote
 */
public record UserView(UUID id, String username, String displayName, @Nullable String email, boolean active,
        String source, boolean hasPassword, long version) {

    /** Made in this directory, not by an OIDC sign-in or SCIM. */
    public boolean madeInDirectory() {
        return UserSource.DIRECTORY.name().equals(source);
    }
}
