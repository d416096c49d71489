package dev.gatehouse.signin;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
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
 * before it) must verify its user (PIN or biometrics), so it is two factors in itself. As the second step after
 * a password, user presence is enough, as for a security key without a PIN.
 */
class PasskeyRelyingParty implements WebAuthnRelyingPartyOperations {

    private final WebAuthnRelyingPartyOperations delegate;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

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
        PublicKeyCredentialRequestOptions options = delegate.createCredentialRequestOptions(request);
        if (trust.isAuthenticated(request.getAuthentication())) {
            return options;
        }
        PublicKeyCredentialRequestOptions.PublicKeyCredentialRequestOptionsBuilder passwordless =
                PublicKeyCredentialRequestOptions.builder()
                        .challenge(options.getChallenge())
                        .timeout(options.getTimeout())
                        .allowCredentials(options.getAllowCredentials())
                        .extensions(options.getExtensions())
                        .userVerification(UserVerificationRequirement.REQUIRED);
        if (options.getRpId() != null) {
            passwordless.rpId(options.getRpId());
        }
        return passwordless.build();
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return delegate.authenticate(request);
    }
}
