package dev.gatehouse.signin;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.gatehouse.directory.SignInAccount;
import dev.gatehouse.shared.UserPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of every browser session. Sessions are stored in the database, so this is serialisable and
 * holds no secret once authentication has finished. Someone who signed in through an OIDC provider is an
 * instance of a subclass that is also Spring Security's {@code OidcUser}.
 */
public class SignedInUser implements UserDetails, CredentialsContainer, UserPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ROLE_USER = "ROLE_USER";
    static final String ROLE_ADMIN = "ROLE_ADMIN";

    private final UUID id;
    private final String username;
    private final String displayName;
    private final boolean active;
    private final boolean admin;
    private @Nullable String passwordHash;

    SignedInUser(SignInAccount account) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.active = account.active();
        this.admin = account.admin();
        this.passwordHash = account.passwordHash();
    }

    @Override
    public UUID userId() {
        return id;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public boolean admin() {
        return admin;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return admin
                ? List.of(new SimpleGrantedAuthority(ROLE_USER), new SimpleGrantedAuthority(ROLE_ADMIN))
                : List.of(new SimpleGrantedAuthority(ROLE_USER));
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + "]";
    }
}
