package dev.gatehouse.signin;

import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import dev.gatehouse.directory.SignInAccount;
import dev.gatehouse.settings.MfaMethod;
import dev.gatehouse.settings.SettingsManagement;
import dev.gatehouse.shared.Origin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.authentication.HttpSessionPublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Confirms a sensitive change (removing a device, new recovery codes) with the user's password, a current code
 * from one of their authenticator apps, or one of their passkeys that verifies its user (PIN or biometrics). Wrong
 * passwords and codes count towards the pause of the user's second step.
 */
@Component
class Reauthentication {

    private static final Logger log = LoggerFactory.getLogger(Reauthentication.class);
    private static final TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>> ASSERTION =
            new TypeReference<>() {
            };
    /** The authenticator data starts with the 32-byte hash of the relying party id, then the flags. */
    private static final int FLAGS_OFFSET = 32;

    private final PasswordEncoder passwordEncoder;
    private final AuthenticatorApps authenticatorApps;
    private final SignInThrottle throttle;
    private final SecondStepFailures failures;
    private final WebAuthnRelyingPartyOperations relyingParty;
    private final PasskeyUserEntities userEntities;
    private final SettingsManagement settings;
    private final HttpSessionPublicKeyCredentialRequestOptionsRepository requestOptions =
            new HttpSessionPublicKeyCredentialRequestOptionsRepository();
    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

    Reauthentication(PasswordEncoder passwordEncoder, AuthenticatorApps authenticatorApps, SignInThrottle throttle,
            SecondStepFailures failures, WebAuthnRelyingPartyOperations relyingParty,
            PasskeyUserEntities userEntities, SettingsManagement settings) {
        this.passwordEncoder = passwordEncoder;
        this.authenticatorApps = authenticatorApps;
        this.throttle = throttle;
        this.failures = failures;
        this.relyingParty = relyingParty;
        this.userEntities = userEntities;
        this.settings = settings;
    }

    /** @throws SignInPausedException while the user's second step is paused */
    boolean confirms(SignInAccount account, String proof) {
        throttle.checkSecondStepAllowed(account.username());
        boolean confirmed = account.passwordHash() != null && passwordEncoder.matches(proof, account.passwordHash())
                || Totp.normalise(proof).filter(code -> authenticatorApps.verify(account.id(), code)
                        == AuthenticatorApps.Verification.ACCEPTED).isPresent();
        if (confirmed) {
            throttle.recordSecondStepSuccess(account.username());
        }
        else {
            failures.record(account.id(), account.username(), Origin.current(), "reauthentication", "wrong-code", true);
        }
        return confirmed;
    }

    /**
     * A passkey's answer (WebAuthn JSON) to the options this session fetched from
     * {@code POST /webauthn/authenticate/options}; the options are used once.
     *
     * @throws SignInPausedException while the user's second step is paused
     */
    boolean confirmsWithPasskey(SignInAccount account, String assertion, HttpServletRequest request,
            HttpServletResponse response) {
        throttle.checkSecondStepAllowed(account.username());
        PublicKeyCredentialRequestOptions options = requestOptions.load(request);
        requestOptions.save(request, response, null);
        boolean confirmed = options != null && settings.mfaPolicy().allows(MfaMethod.WEBAUTHN)
                && ownVerifiedPasskey(account, options, assertion);
        if (!confirmed) {
            failures.record(account.id(), account.username(), Origin.current(), "reauthentication", "not-accepted",
                    false);
        }
        return confirmed;
    }

    private boolean ownVerifiedPasskey(SignInAccount account, PublicKeyCredentialRequestOptions options,
            String assertion) {
        try {
            PublicKeyCredential<AuthenticatorAssertionResponse> credential = json.readValue(assertion, ASSERTION);
            var owner = relyingParty.authenticate(new RelyingPartyAuthenticationRequest(options, credential));
            byte[] data = credential.getResponse().getAuthenticatorData().getBytes();
            return data.length > FLAGS_OFFSET && AuthenticatorData.checkFlagUV(data[FLAGS_OFFSET])
                    && userEntities.userIdOf(owner.getId()).filter(account.id()::equals).isPresent();
        }
        catch (DataAccessException storageFailure) {
            throw storageFailure;
        }
        catch (RuntimeException notVerified) {
            // webauthn4j reads the authenticator's CBOR and JSON: anything it cannot verify is the client's fault.
            log.debug("Refused a passkey confirmation for {}", account.username(), notVerified);
            return false;
        }
    }
}
