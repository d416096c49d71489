package dev.gatehouse.signin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.ExternalNames;
import dev.gatehouse.directory.ExternalSignIn;
import dev.gatehouse.directory.SignInAccount;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a provider's verified ID token (and user info) into the session's principal: the linked or new
 * directory user, with groups and admin rights from the token. Refuses a user disabled in Gatehouse. Not a
 * {@code Converter} bean on purpose: Spring MVC would pick that up for request binding.
 */
@Component
class OidcSignInUsers {

    static final String NOT_PROVISIONED = "gatehouse_not_provisioned";

    private final OidcProviders providers;
    private final DirectoryManagement directory;

    OidcSignInUsers(OidcProviders providers, DirectoryManagement directory) {
        this.providers = providers;
        this.directory = directory;
    }

    OidcUser principalOf(OidcUserSource source) {
        OidcUserRequest request = source.getUserRequest();
        OidcIdToken idToken = request.getIdToken();
        String registrationId = request.getClientRegistration().getRegistrationId();
        OidcProviders.OidcProvider provider = providers.find(registrationId)
                .orElseThrow(() -> OidcClaims.refused("client_registration_not_found", registrationId));
        Map<String, Object> claims = new LinkedHashMap<>(idToken.getClaims());
        if (source.getUserInfo() != null) {
            claims.putAll(source.getUserInfo().getClaims());
        }
        ExternalSignIn signIn = OidcClaims.toSignIn(provider, String.valueOf(idToken.getIssuer()),
                idToken.getSubject(), claims);
        SignInAccount account = signIn(signIn)
                .orElseThrow(() -> OidcClaims.refused(NOT_PROVISIONED, ExternalNames.username(signIn.idpUsername())));
        if (!account.active()) {
            throw new DisabledException("User is disabled");
        }
        return new OidcSignedInUser(account, idToken);
    }

    /** A concurrent first sign-in of the same identity (a double click) loses the race once, then finds the link. */
    private Optional<SignInAccount> signIn(ExternalSignIn signIn) {
        try {
            return directory.signInExternal(signIn);
        }
        catch (DataIntegrityViolationException raceLost) {
            return directory.signInExternal(signIn);
        }
    }
}
