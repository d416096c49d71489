package dev.gatehouse.signin;

import java.util.ArrayList;
import java.util.List;

import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.SignInAccount;
import dev.gatehouse.settings.MfaMethod;
import dev.gatehouse.settings.SettingsManagement;
import dev.gatehouse.shared.Origin;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Signs in with a passkey, as the whole sign-in or as the second step after a password. Spring Security's
 * relying party verifies the assertion; the principal is the directory user the passkey belongs to, found by id,
 * with the same authorities as a password sign-in plus {@code FACTOR_WEBAUTHN}. Unless it completes the pending
 * second step of its own user, the passkey must have verified its user (the UV flag), whatever the options asked.
 */
class PasskeyAuthenticationProvider implements AuthenticationProvider {

    /** The authenticator data starts with the 32-byte hash of the relying party id, then the flags. */
    private static final int FLAGS_OFFSET = 32;

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final PasskeyUserEntities userEntities;
    private final DirectoryManagement directory;
    private final SettingsManagement settings;
    private final SecondStepFailures failures;

    PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, PasskeyUserEntities userEntities,
            DirectoryManagement directory, SettingsManagement settings, SecondStepFailures failures) {
        this.relyingParty = relyingParty;
        this.userEntities = userEntities;
        this.directory = directory;
        this.settings = settings;
        this.failures = failures;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
        if (!settings.mfaPolicy().allows(MfaMethod.WEBAUTHN)) {
            throw new BadCredentialsException("Passkeys are turned off");
        }
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        PublicKeyCredentialUserEntity entity;
        try {
            entity = relyingParty.authenticate(request.getWebAuthnRequest());
        }
        catch (DataAccessException storageFailure) {
            throw storageFailure;
        }
        catch (RuntimeException notVerified) {
            if (MfaAuthorities.secondStepPending(current)) {
                failures.record((SignedInUser) current.getPrincipal(), Origin.current(), "passkey", "not-accepted",
                        false);
            }
            throw new BadCredentialsException("The passkey was not accepted", notVerified);
        }
        SignInAccount account = userEntities.userIdOf(entity.getId())
                .flatMap(directory::findSignInAccount)
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new BadCredentialsException("The passkey belongs to no directory user"));
        if (!completesSecondStepOf(current, account) && !userVerified(request)) {
            throw new BadCredentialsException("A passkey that is the whole sign-in must verify its user");
        }
        if (!account.active()) {
            throw new DisabledException("User is disabled");
        }
        SignedInUser user = new SignedInUser(account);
        user.eraseCredentials();
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(MfaAuthorities.WEBAUTHN));
        FactorAuthenticationToken result = FactorAuthenticationToken.authenticated(user, authorities);
        result.setDetails(request.getDetails());
        return result;
    }

    /** Spring Security merges the factors of one user only, by name: then this passkey is the second step. */
    private static boolean completesSecondStepOf(@Nullable Authentication current, SignInAccount account) {
        return MfaAuthorities.secondStepPending(current) && current.getPrincipal() instanceof SignedInUser user
                && user.userId().equals(account.id()) && user.getUsername().equals(account.username());
    }

    /** Read from the authenticator data that the relying party has just verified. */
    private static boolean userVerified(WebAuthnAuthenticationRequestToken request) {
        byte[] data = request.getWebAuthnRequest().getPublicKey().getResponse().getAuthenticatorData().getBytes();
        return data.length > FLAGS_OFFSET && AuthenticatorData.checkFlagUV(data[FLAGS_OFFSET]);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
