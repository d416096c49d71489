package dev.gatehouse.admin;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

import dev.gatehouse.shared.UserPrincipal;

/** The principal of an admin API call authenticated by a bearer token: the token's owner, and which token. */
record ApiTokenPrincipal(UUID userId, String username, UUID tokenId) implements UserPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String displayName() {
        return username;
    }
}
