package dev.gatehouse.testsupport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock on loopback standing in for AWS STS (the Query API with its real XML responses) and the federation
 * endpoint ({@code getSigninToken} JSON, and a page for the console login URL). One server per test JVM, so that
 * test classes share one application context; each test calls {@link #reset()} first.
 * Gatehouse's own AWS identity comes from the SDK's default chain, through the {@code aws.accessKeyId} and
 * {@code aws.secretAccessKey} system properties set here.
 */
public final class AwsStandIn {

    public static final String GATEHOUSE_ACCESS_KEY_ID = "AKIAGATEHOUSETESTKEY";
    public static final String GATEHOUSE_SECRET_KEY = "gatehouse/own+secret=key/for+tests0000000";
    public static final String GATEHOUSE_ARN = "arn:aws:iam::999999999999:user/gatehouse";
    private static final String NS = "https://sts.amazonaws.com/doc/2011-06-15/";
    private static AwsStandIn instance;

    private static final int TEST_PRIORITY = 1;
    private static final int DEFAULT_PRIORITY = 10;

    private final WireMockServer server;
    private final List<StubMapping> added = new ArrayList<>();

    private AwsStandIn(WireMockServer server) {
        this.server = server;
    }

    public static synchronized AwsStandIn get() {
        if (instance == null) {
            WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
            server.start();
            instance = new AwsStandIn(server);
            instance.defaults();
            System.setProperty("aws.accessKeyId", GATEHOUSE_ACCESS_KEY_ID);
            System.setProperty("aws.secretAccessKey", GATEHOUSE_SECRET_KEY);
        }
        return instance;
    }

    /** The portal URL of contexts using the stand-in, so the start URL (the console's Issuer) is known. */
    public static final String PORTAL_URL = "https://gatehouse.example.com";

    /** Points {@code gatehouse.aws.endpoints.*} at the stand-in. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            AwsStandIn aws = get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("aws-stand-in", Map.of(
                    "gatehouse.aws.endpoints.sts", aws.stsUrl(),
                    "gatehouse.aws.endpoints.federation", aws.federationUrl(),
                    "gatehouse.portal.url", PORTAL_URL)));
        }
    }

    public String stsUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public String federationUrl() {
        return "http://127.0.0.1:" + server.port() + "/federation";
    }

    /**
     * Forgets the requests and every test's stubs. The defaults (GetCallerIdentity as an IAM user, the console
     * login page) stay all along, at a lower priority, so that a check running meanwhile always finds them.
     */
    public synchronized void reset() {
        added.forEach(server::removeStub);
        added.clear();
        server.resetRequests();
    }

    private void defaults() {
        server.stubFor(callerIdentity(GATEHOUSE_ARN).atPriority(DEFAULT_PRIORITY));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/federation"))
                .atPriority(DEFAULT_PRIORITY)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                        .withBody("<!DOCTYPE html><title>AWS console stand-in</title><h1>AWS console stand-in</h1>")));
    }

    private synchronized void stub(MappingBuilder mapping) {
        added.add(server.stubFor(mapping.atPriority(TEST_PRIORITY)));
    }

    public void callerIs(String arn) {
        stub(callerIdentity(arn));
    }

    private static MappingBuilder callerIdentity(String arn) {
        return sts("GetCallerIdentity").willReturn(xml(200, """
                <GetCallerIdentityResponse xmlns="%s">
                  <GetCallerIdentityResult>
                    <Arn>%s</Arn>
                    <UserId>AIDAGATEHOUSEEXAMPLE</UserId>
                    <Account>%s</Account>
                  </GetCallerIdentityResult>
                  <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
                </GetCallerIdentityResponse>""".formatted(NS, arn, arn.split(":")[4])));
    }

    /** Every AssumeRole answers with these credentials, for the role and session name it was asked for. */
    public void assumeRoleReturns(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {
        stub(sts("AssumeRole").willReturn(xml(200, """
                <AssumeRoleResponse xmlns="%s">
                  <AssumeRoleResult>
                    <SourceIdentity>session-user</SourceIdentity>
                    <AssumedRoleUser>
                      <Arn>arn:aws:sts::111111111111:assumed-role/GatehouseReserved_Test/session-user</Arn>
                      <AssumedRoleId>AROAGATEHOUSEEXAMPLE:session-user</AssumedRoleId>
                    </AssumedRoleUser>
                    <Credentials>
                      <AccessKeyId>%s</AccessKeyId>
                      <SecretAccessKey>%s</SecretAccessKey>
                      <SessionToken>%s</SessionToken>
                      <Expiration>%s</Expiration>
                    </Credentials>
                    <PackedPolicySize>6</PackedPolicySize>
                  </AssumeRoleResult>
                  <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
                </AssumeRoleResponse>""".formatted(NS, accessKeyId, secretAccessKey, sessionToken, expiration))));
    }

    /** AssumeRole fails with AWS's ErrorResponse, e.g. 403 AccessDenied or 400 Throttling. */
    public void assumeRoleFails(int status, String code, String message) {
        stub(sts("AssumeRole").willReturn(xml(status, """
                <ErrorResponse xmlns="%s">
                  <Error>
                    <Type>Sender</Type>
                    <Code>%s</Code>
                    <Message>%s</Message>
                  </Error>
                  <RequestId>4a1f0b7e-0000-4000-8000-000000000000</RequestId>
                </ErrorResponse>""".formatted(NS, code, message))));
    }

    /** AssumeRole answers only after {@code millis}. */
    public void assumeRoleTakes(int millis) {
        stub(sts("AssumeRole").willReturn(xml(200, "<AssumeRoleResponse xmlns=\"" + NS + "\"/>")
                .withFixedDelay(millis)));
    }

    public void federationReturns(String signinToken) {
        stub(post(urlPathEqualTo("/federation")).withRequestBody(containing("Action=getSigninToken"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"SigninToken\":\"" + signinToken + "\"}")));
    }

    public void federationFails(int status) {
        stub(post(urlPathEqualTo("/federation")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/html").withBody("<html>Bad Request</html>")));
    }

    public List<LoggedRequest> stsRequests(String action) {
        return server.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&")));
    }

    public List<LoggedRequest> federationRequests() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/federation")));
    }

    /** A form-encoded body's parameters. */
    public static Map<String, String> form(LoggedRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(decode(equals < 0 ? pair : pair.substring(0, equals)),
                    equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static MappingBuilder sts(String action) {
        return post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }
}
