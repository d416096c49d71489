package dev.gatehouse.signin;

import java.io.Serial;
import java.util.Map;

import dev.gatehouse.directory.SignInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in through an OIDC provider. Besides the directory user it keeps only the ID token, which
 * signing out sends back to the provider ({@code id_token_hint}) to end the session there too: no access or
 * refresh token is kept anywhere.
 */
final class OidcSignedInUser extends SignedInUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;

    OidcSignedInUser(SignInAccount account, OidcIdToken idToken) {
        super(account);
        this.idToken = idToken;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }

    @Override
    public String toString() {
        return "OidcSignedInUser[" + getUsername() + "]";
    }
}
