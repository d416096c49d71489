package dev.gatehouse.credentials;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gatehouse.aws.*}: how Gatehouse reaches AWS.
 *
 * @param trustMode how credentials are obtained; {@code assume-role} is the only mode so far
 * @param region the region whose regional STS endpoint Gatehouse calls, and the one shown for {@code aws configure sso}
 * @param timeout how long one call to AWS (STS, federation), retries included, may take before the user is told
 * @param connectTimeout how long opening a connection to AWS may take
 * @param maxAttempts how often a call is tried, the first time included, when AWS is busy or unreachable
 * @param endpoints overrides of AWS's endpoints, for tests and emulators; unset means AWS's own
 */
@ConfigurationProperties("gatehouse.aws")
public record AwsProperties(
        @DefaultValue("assume-role") TrustMode trustMode,
        @DefaultValue("us-east-1") String region,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue Endpoints endpoints) {

    /**
     * @param sts the STS endpoint, e.g. {@code http://127.0.0.1:4566}
     * @param federation the federation endpoint ({@code getSigninToken} and the console login URL), e.g.
     *        {@code http://127.0.0.1:8089/federation}; replaces every partition's
     *        {@code https://signin.aws.amazon.com/federation} and its equivalents
     */
    public record Endpoints(@Nullable URI sts, @Nullable URI federation) {
    }

    public enum TrustMode {
        /** Gatehouse's own AWS identity, from the SDK's default credential chain, calls {@code sts:AssumeRole}. */
        ASSUME_ROLE
    }
}
