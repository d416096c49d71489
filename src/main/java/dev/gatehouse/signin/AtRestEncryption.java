package dev.gatehouse.signin;

import java.util.Optional;

/**
 * The key that seals secrets stored in the database (authenticator-app seeds). It may be absent: on a shared
 * database without {@code gatehouse.security.encryption-key}, nothing can be sealed, and the features that
 * need it say so instead of storing a secret in the clear.
 */
final class AtRestEncryption {

    private final Optional<SecretCipher> cipher;

    private AtRestEncryption(Optional<SecretCipher> cipher) {
        this.cipher = cipher;
    }

    static AtRestEncryption with(SecretCipher cipher) {
        return new AtRestEncryption(Optional.of(cipher));
    }

    static AtRestEncryption unavailable() {
        return new AtRestEncryption(Optional.empty());
    }

    boolean available() {
        return cipher.isPresent();
    }

    SecretCipher cipher() {
        return cipher.orElseThrow(() -> new IllegalStateException(
                "No encryption key: set gatehouse.security.encryption-key"));
    }
}
