package dev.gatehouse.credentials;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;

/**
 * The STS client: Gatehouse's identity from the SDK's default credential chain (environment, profile, web
 * identity, container, instance metadata), the regional endpoint of {@code gatehouse.aws.region} unless
 * {@code gatehouse.aws.endpoints.sts} overrides it, the SDK's standard retries (throttling included), and every
 * call bounded by {@code gatehouse.aws.timeout}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AwsProperties.class)
class CredentialsConfiguration {

    @Bean(destroyMethod = "close")
    AwsCredentialsProvider awsCredentialsProvider() {
        return DefaultCredentialsProvider.builder().build();
    }

    @Bean(destroyMethod = "close")
    StsClient stsClient(AwsProperties properties, AwsCredentialsProvider credentials) {
        StsClientBuilder builder = StsClient.builder()
                .region(Region.of(properties.region()))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(properties.connectTimeout())
                        .socketTimeout(properties.timeout()))
                .overrideConfiguration(override -> override
                        .apiCallTimeout(properties.timeout())
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(properties.maxAttempts())
                                .build()));
        if (properties.endpoints().sts() != null) {
            builder.endpointOverride(properties.endpoints().sts());
        }
        return builder.build();
    }
}
