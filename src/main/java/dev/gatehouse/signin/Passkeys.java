package dev.gatehouse.signin;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.gatehouse.directory.SignInAccount;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passkeys and security keys: registering one (Spring Security's relying party checks the authenticator's
 * answer with webauthn4j), listing and removing them.
 */
@Component
class Passkeys {

    static final Duration REGISTRATION_TIME = Duration.ofMinutes(5);

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final PublicKeyCredentialRpEntity rp;
    private final PasskeyUserEntities userEntities;
    private final UserCredentialRepository credentials;
    private final Clock clock;

    Passkeys(WebAuthnRelyingPartyOperations relyingParty, PublicKeyCredentialRpEntity rp,
            PasskeyUserEntities userEntities, UserCredentialRepository credentials, Clock clock) {
        this.relyingParty = relyingParty;
        this.rp = rp;
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** Options for the browser's {@code navigator.credentials.create}, and what to check the answer against. */
    @Transactional
    Registration start(SignInAccount account) {
        PublicKeyCredentialUserEntity entity = userEntities.findOrCreate(account);
        List<PublicKeyCredentialDescriptor> registered = credentials.findByUserId(entity.getId()).stream()
                .map(record -> PublicKeyCredentialDescriptor.builder()
                        .id(record.getCredentialId())
                        .transports(record.getTransports())
                        .build())
                .toList();
        Bytes challenge = Bytes.random();
        return new Registration(options(entity, challenge, registered),
                new PendingPasskey(account.id(), challenge.getBytes(), clock.instant()));
    }

    boolean expired(PendingPasskey pending) {
        return clock.instant().isAfter(pending.startedAt().plus(REGISTRATION_TIME));
    }

    /** @throws com.webauthn4j.util.exception.WebAuthnException when the authenticator's answer does not verify */
    @Transactional
    CredentialRecord finish(SignInAccount account, PendingPasskey pending, RelyingPartyPublicKey publicKey) {
        PublicKeyCredentialUserEntity entity = userEntities.findOrCreate(account);
        PublicKeyCredentialCreationOptions options = options(entity, new Bytes(pending.challenge()), List.of());
        return relyingParty.registerCredential(new ImmutableRelyingPartyRegistrationRequest(options, publicKey));
    }

    List<CredentialRecord> of(UUID userId) {
        return userEntities.handleOf(userId).map(credentials::findByUserId).orElse(List.of());
    }

    Optional<CredentialRecord> find(UUID userId, String credentialId) {
        return of(userId).stream()
                .filter(record -> record.getCredentialId().toBase64UrlString().equals(credentialId))
                .findFirst();
    }

    long count(UUID userId) {
        return userEntities.credentialCount(userId);
    }

    @Transactional
    boolean remove(UUID userId, String credentialId) {
        Optional<CredentialRecord> record = find(userId, credentialId);
        record.ifPresent(found -> credentials.delete(found.getCredentialId()));
        return record.isPresent();
    }

    @Transactional
    int removeAll(UUID userId) {
        List<CredentialRecord> records = of(userId);
        records.forEach(record -> credentials.delete(record.getCredentialId()));
        return records.size();
    }

    private PublicKeyCredentialCreationOptions options(PublicKeyCredentialUserEntity user, Bytes challenge,
            List<PublicKeyCredentialDescriptor> exclude) {
        return PublicKeyCredentialCreationOptions.builder()
                .rp(rp)
                .user(user)
                .challenge(challenge)
                .pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
                        PublicKeyCredentialParameters.RS256)
                .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .residentKey(ResidentKeyRequirement.PREFERRED)
                        .userVerification(UserVerificationRequirement.PREFERRED)
                        .build())
                .attestation(AttestationConveyancePreference.NONE)
                .extensions(new ImmutableAuthenticationExtensionsClientInputs(
                        ImmutableAuthenticationExtensionsClientInput.credProps))
                .excludeCredentials(exclude)
                .timeout(REGISTRATION_TIME)
                .build();
    }

    record Registration(PublicKeyCredentialCreationOptions options, PendingPasskey pending) {
    }
}
