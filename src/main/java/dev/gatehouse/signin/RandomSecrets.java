package dev.gatehouse.signin;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random bytes from one {@link SecureRandom}: keys, nonces, authenticator-app seeds, and tokens (recovery codes and
 * trusted-device tokens carry at least 80 random bits).
 */
final class RandomSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String randomToken() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }
}
