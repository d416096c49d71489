package dev.gatehouse.signin;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gatehouse.security.*}.
 *
 * @param encryptionKey the AES-256 key that seals authenticator-app secrets at rest: 32 bytes, base64-encoded
 *        ({@code openssl rand -base64 32}). When unset on the embedded H2 database, a key is generated once into
 *        the data directory; on any other database authenticator apps stay unavailable until it is set.
 */
@ConfigurationProperties("gatehouse.security")
record SecurityProperties(@Nullable String encryptionKey) {

    SecurityProperties {
        encryptionKey = encryptionKey == null || encryptionKey.isBlank() ? null : encryptionKey.trim();
    }

    @Override
    public String toString() {
        return "SecurityProperties[encryptionKey=" + (encryptionKey == null ? "unset" : "set") + "]";
    }
}
