package dev.gatehouse.signin;

import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Spring Security's WebAuthn relying party, with one change: a passkey that is the whole sign-in (no password
 * before it) must verify its user (PIN or biometrics), so it is two factors in itself. Only as the second step
 * after a user's own password, with options that allow only that user's passkeys, is user presence enough, as for
 * a security key without a PIN. {@link PasskeyAuthenticationProvider} checks the same rule on the answer.
 */
class PasskeyRelyingParty implements WebAuthnRelyingPartyOperations {

    private final WebAuthnRelyingPartyOperations delegate;

    PasskeyRelyingParty(WebAuthnRelyingPartyOperations delegate) {
        this.delegate = delegate;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return delegate.createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        return delegate.registerCredential(request);
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
            PublicKeyCredentialRequestOptionsRequest request) {
        // Spring Security lists the passkeys of the session's user and lets the authenticator skip verification.
        PublicKeyCredentialRequestOptions options = delegate.createCredentialRequestOptions(request);
        if (MfaAuthorities.secondStepPending(request.getAuthentication()) && !options.getAllowCredentials().isEmpty()) {
            return options;
        }
        PublicKeyCredentialRequestOptions.PublicKeyCredentialRequestOptionsBuilder verifying =
                PublicKeyCredentialRequestOptions.builder()
                        .challenge(options.getChallenge())
                        .timeout(options.getTimeout())
                        .allowCredentials(options.getAllowCredentials())
                        .extensions(options.getExtensions())
                        .userVerification(UserVerificationRequirement.REQUIRED);
        if (options.getRpId() != null) {
            verifying.rpId(options.getRpId());
        }
        return verifying.build();
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return delegate.authenticate(request);
    }
}
