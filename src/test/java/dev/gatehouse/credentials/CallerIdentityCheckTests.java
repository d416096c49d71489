package dev.gatehouse.credentials;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.gatehouse.credentials.AwsIdentity.Status;
import dev.gatehouse.testsupport.CapturedLogs;
import dev.gatehouse.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.sts.StsClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Gatehouse asking STS who it is: never in start-up's way, retried while unknown, each outcome logged once. */
class CallerIdentityCheckTests {

    static final AwsCredentialsProvider KEYS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIAIDENTITYCHECK001", "identity/check+secret"));

    final WireMockServer sts = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @BeforeEach
    void start() {
        sts.start();
    }

    @AfterEach
    void stop() {
        sts.stop();
    }

    @Test
    void startUpDoesNotWaitForAnSlowStsAndTheAnswerArrivesLater() {
        callerIs("arn:aws:iam::999999999999:user/gatehouse", 1_500);
        CallerIdentityCheck check = check(KEYS, URI.create(sts.baseUrl()));

        check.checkInBackground();

        assertThat(check.lastKnown().status()).isEqualTo(Status.UNCHECKED);
        await().atMost(Duration.ofSeconds(10)).until(() -> check.lastKnown().known());
        assertThat(check.lastKnown().arn()).isEqualTo("arn:aws:iam::999999999999:user/gatehouse");
        assertThat(check.lastKnown().roleSession()).isFalse();
    }

    @Test
    void withoutCredentialsItSaysSoOnceAndNeverCallsSts() {
        AwsCredentialsProvider none = AwsCredentialsProviderChain.of(ProfileCredentialsProvider.builder()
                .profileFile(ProfileFile.builder().content(new ByteArrayInputStream(new byte[0]))
                        .type(ProfileFile.Type.CREDENTIALS).build())
                .build());
        CallerIdentityCheck check = check(none, URI.create(sts.baseUrl()));

        try (CapturedLogs logs = CapturedLogs.capture()) {
            check.refresh();
            clock.advance(Duration.ofMinutes(1));
            assertThatThrownBy(check::require).isInstanceOfSatisfying(CredentialsException.class,
                    e -> assertThat(e.reason()).isEqualTo(CredentialsException.Reason.NO_AWS_CREDENTIALS));

            assertThat(logs.lines()).filteredOn(line -> line.contains("CallerIdentityCheck")).singleElement()
                    .asString().startsWith("WARN").contains("Gatehouse has no AWS credentials",
                            "\"Connect Gatehouse to AWS\" in the README");
        }
        assertThat(check.lastKnown().status()).isEqualTo(Status.NO_CREDENTIALS);
        assertThat(sts.getAllServeEvents()).isEmpty();
    }

    @Test
    void anUnreachableStsIsAskedAgainOnlyAfterAPauseAndAKnownIdentityNeverAgain() {
        sts.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        CallerIdentityCheck check = check(KEYS, URI.create(sts.baseUrl()));

        assertThatThrownBy(check::require).isInstanceOfSatisfying(CredentialsException.class,
                e -> assertThat(e.reason()).isEqualTo(CredentialsException.Reason.AWS_UNREACHABLE));
        int tries = sts.getAllServeEvents().size();
        assertThat(tries).as("the SDK retried").isEqualTo(2);
        assertThat(check.lastKnown().status()).isEqualTo(Status.UNREACHABLE);

        assertThatThrownBy(check::require).isInstanceOf(CredentialsException.class);
        assertThat(sts.getAllServeEvents()).as("not asked again right away").hasSize(tries);

        sts.resetAll();
        callerIs("arn:aws:iam::999999999999:user/gatehouse", 0);
        clock.advance(CallerIdentityCheck.RETRY_AFTER.plusSeconds(1));
        assertThat(check.require().arn()).isEqualTo("arn:aws:iam::999999999999:user/gatehouse");
        clock.advance(Duration.ofHours(1));
        check.require();
        assertThat(sts.getAllServeEvents()).as("a known identity is not asked again").hasSize(1);
    }

    @Test
    void roleCredentialsAreDetectedAndWarnedAboutOnce() {
        callerIs("arn:aws:sts::999999999999:assumed-role/GatehouseHost/i-0123456789abcdef0", 0);
        CallerIdentityCheck check = check(KEYS, URI.create(sts.baseUrl()));

        try (CapturedLogs logs = CapturedLogs.capture()) {
            check.refresh();
            check.refresh();

            assertThat(logs.lines()).filteredOn(line -> line.contains("runs on role credentials")).singleElement()
                    .asString().startsWith("WARN").contains("at most 1 hour");
        }
        AwsIdentity identity = check.lastKnown();
        assertThat(identity.roleSession()).isTrue();
        assertThat(identity.trustedPrincipal()).isEqualTo("arn:aws:iam::999999999999:role/GatehouseHost");
        assertThat(sts.findAll(postRequestedFor(urlEqualTo("/")))).hasSize(2);
    }

    private CallerIdentityCheck check(AwsCredentialsProvider credentials, URI endpoint) {
        AwsProperties properties = new AwsProperties(AwsProperties.TrustMode.ASSUME_ROLE, "eu-west-1",
                Duration.ofSeconds(3), Duration.ofSeconds(1), 2, new AwsProperties.Endpoints(endpoint, null));
        StsClient client = new CredentialsConfiguration().stsClient(properties, credentials);
        return new CallerIdentityCheck(client, credentials, new StsFailures(), clock);
    }

    private void callerIs(String arn, int delayMillis) {
        sts.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                        .withFixedDelay(delayMillis).withBody("""
                                <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                                  <GetCallerIdentityResult>
                                    <Arn>%s</Arn>
                                    <UserId>AIDAEXAMPLE</UserId>
                                    <Account>999999999999</Account>
                                  </GetCallerIdentityResult>
                                  <ResponseMetadata><RequestId>0000</RequestId></ResponseMetadata>
                                </GetCallerIdentityResponse>""".formatted(arn))));
    }
}
