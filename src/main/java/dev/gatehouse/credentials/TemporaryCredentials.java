package dev.gatehouse.credentials;

import java.time.Instant;

/**
 * Temporary AWS credentials straight from STS. Hand them to the signed-in user only; never log, store or cache
 * them. {@link #toString()} shows the access key id alone, so a stray log line cannot leak the secret.
 *
 * @param expiration when AWS stops accepting them
 */
public record TemporaryCredentials(String accessKeyId, String secretAccessKey, String sessionToken,
        Instant expiration) {

    @Override
    public String toString() {
        return "TemporaryCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=***, sessionToken=***, "
                + "expiration=" + expiration + "]";
    }
}
