package dev.gatehouse.signin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A security key in software, speaking WebAuthn's JSON as {@code static/js/passkeys.js} sends it: an ES256 key pair,
 * "none" attestation, and assertions with or without the user-verified flag (a key without a PIN only shows that
 * someone touched it).
 */
final class SoftwarePasskey {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder FROM_BASE64URL = Base64.getUrlDecoder();
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

    private final KeyPair keys;
    private final byte[] credentialId = new byte[16];
    private final String rpId;
    private final String origin;
    private byte[] userHandle = new byte[0];
    private long signCount;

    SoftwarePasskey(String rpId, String origin) {
        this.rpId = rpId;
        this.origin = origin;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.keys = generator.generateKeyPair();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
    }

    String credentialId() {
        return BASE64URL.encodeToString(credentialId);
    }

    /** The body of {@code POST /settings/security/passkeys} for the options the server sent. */
    String registration(String optionsJson, String label) {
        JsonNode options = JSON.readTree(optionsJson);
        userHandle = FROM_BASE64URL.decode(options.path("user").path("id").asString());
        byte[] clientData = clientData("webauthn.create", options.path("challenge").asString());
        AttestedCredentialData credential = new AttestedCredentialData(AAGUID.ZERO, credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        byte flags = (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_AT);
        AttestationObject attestation = new AttestationObject(
                new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)), flags, 0, credential),
                new NoneAttestationStatement());
        byte[] attestationObject = new AttestationObjectConverter(new ObjectConverter()).convertToBytes(attestation);
        return """
                {"publicKey": {"label": "%s", "credential": {"id": "%s", "rawId": "%s", "type": "public-key",
                 "response": {"attestationObject": "%s", "clientDataJSON": "%s", "transports": ["usb"]},
                 "clientExtensionResults": {}, "authenticatorAttachment": "cross-platform"}}}"""
                .formatted(label, credentialId(), credentialId(), BASE64URL.encodeToString(attestationObject),
                        BASE64URL.encodeToString(clientData));
    }

    /** The body of {@code POST /login/webauthn} answering the options' challenge. */
    String assertion(String optionsJson, boolean userVerified) {
        return assertionFor(JSON.readTree(optionsJson).path("challenge").asString(), userVerified);
    }

    /** The same answer as Spring Security's WebAuthn filter reads it. */
    PublicKeyCredential<AuthenticatorAssertionResponse> credential(byte[] challenge, boolean userVerified) {
        return JSON.readValue(assertionFor(BASE64URL.encodeToString(challenge), userVerified),
                new TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>>() {
                });
    }

    private String assertionFor(String challenge, boolean userVerified) {
        byte flags = (byte) (AuthenticatorData.BIT_UP | (userVerified ? AuthenticatorData.BIT_UV : 0));
        byte[] authenticatorData = ByteBuffer.allocate(37).put(sha256(rpId.getBytes(StandardCharsets.UTF_8)))
                .put(flags).putInt((int) ++signCount).array();
        byte[] clientData = clientData("webauthn.get", challenge);
        byte[] signature = sign(ByteBuffer.allocate(authenticatorData.length + 32).put(authenticatorData)
                .put(sha256(clientData)).array());
        return """
                {"id": "%s", "rawId": "%s", "response": {"authenticatorData": "%s", "clientDataJSON": "%s",
                 "signature": "%s", "userHandle": "%s"}, "credType": "public-key", "clientExtensionResults": {},
                 "authenticatorAttachment": "cross-platform"}"""
                .formatted(credentialId(), credentialId(), BASE64URL.encodeToString(authenticatorData),
                        BASE64URL.encodeToString(clientData), BASE64URL.encodeToString(signature),
                        BASE64URL.encodeToString(userHandle));
    }

    private byte[] clientData(String type, String challenge) {
        return """
                {"type":"%s","challenge":"%s","origin":"%s","crossOrigin":false}"""
                .formatted(type, challenge, origin).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(data);
            return signer.sign();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
