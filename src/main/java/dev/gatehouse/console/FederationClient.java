package dev.gatehouse.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.gatehouse.console.ConsoleException.Reason;
import dev.gatehouse.credentials.AwsProperties;
import dev.gatehouse.credentials.TemporaryCredentials;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * AWS's federation endpoint: {@code getSigninToken} for a role session (the Session JSON posted as a form, so
 * the credentials are never in a URL), and the {@code login} URL carrying the token. Uses the JDK's HTTP client,
 * which logs neither request nor response bodies.
 */
@Component
class FederationClient {

    private static final Logger log = LoggerFactory.getLogger(FederationClient.class);

    private final HttpClient http;
    private final JsonMapper json;
    private final Duration timeout;

    FederationClient(AwsProperties properties, JsonMapper json) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.json = json;
        this.timeout = properties.timeout();
    }

    /**
     * @param sessionDuration the console session's length, or null to leave it to AWS (required for role-chained
     *        sessions, for which AWS refuses one)
     */
    String signinToken(URI endpoint, TemporaryCredentials credentials, @Nullable Duration sessionDuration) {
        Map<String, String> session = new LinkedHashMap<>();
        session.put("sessionId", credentials.accessKeyId());
        session.put("sessionKey", credentials.secretAccessKey());
        session.put("sessionToken", credentials.sessionToken());
        StringBuilder form = new StringBuilder("Action=getSigninToken");
        if (sessionDuration != null) {
            form.append("&SessionDuration=").append(sessionDuration.toSeconds());
        }
        form.append("&Session=").append(encode(json.writeValueAsString(session)));
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (HttpTimeoutException e) {
            log.warn("The federation endpoint {} did not answer within {}", endpoint, timeout);
            throw new ConsoleException(Reason.FEDERATION_UNREACHABLE, e, endpoint.getHost());
        }
        catch (IOException e) {
            log.warn("Could not reach the federation endpoint {}: {}", endpoint, e.toString());
            throw new ConsoleException(Reason.FEDERATION_UNREACHABLE, e, endpoint.getHost());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsoleException(Reason.FEDERATION_UNREACHABLE, e, endpoint.getHost());
        }
        return token(endpoint, response);
    }

    private String token(URI endpoint, HttpResponse<String> response) {
        if (response.statusCode() == 200) {
            try {
                JsonNode token = json.readTree(response.body()).get("SigninToken");
                if (token != null && token.isString() && !token.asString().isEmpty()) {
                    return token.asString();
                }
            }
            catch (JacksonException e) {
                // answered below, like any other unusable answer
            }
        }
        log.warn("The federation endpoint {} refused getSigninToken with status {}", endpoint, response.statusCode());
        throw new ConsoleException(Reason.FEDERATION_FAILED, null, endpoint.getHost(), response.statusCode());
    }

    /** The URL that signs the browser in to the console and lands on the destination. */
    URI loginUrl(URI endpoint, URI issuer, URI destination, String signinToken) {
        return URI.create(endpoint + "?Action=login"
                + "&Issuer=" + encode(issuer.toString())
                + "&Destination=" + encode(destination.toString())
                + "&SigninToken=" + encode(signinToken));
    }

    private static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }
}
