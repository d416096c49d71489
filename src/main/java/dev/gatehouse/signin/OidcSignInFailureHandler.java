package dev.gatehouse.signin;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.gatehouse.shared.PlainText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends a failed OIDC sign-in back to the sign-in page with a reason a person can act on: the provider is not
 * reachable, it refused (its own message), the answer did not belong to a sign-in this browser started (state
 * or nonce), or Gatehouse has no user for the identity. Handles both the redirect to the provider and the
 * provider's redirect back. The provider's message travels in the session, never in the URL, so nobody can
 * put words on the sign-in page with a link.
 */
class OidcSignInFailureHandler implements AuthenticationFailureHandler {

    static final String PROVIDER_MESSAGE = "providerMessage";

    private static final Logger log = LoggerFactory.getLogger(OidcSignInFailureHandler.class);
    private static final Set<String> MISMATCH = Set.of("authorization_request_not_found", "invalid_state_parameter",
            "invalid_nonce");
    private static final int MAX_PROVIDER_MESSAGE = 300;

    private final OidcProviders providers;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    OidcSignInFailureHandler(OidcProviders providers) {
        this.providers = providers;
    }

    /** What went wrong, as the sign-in page's {@code error} parameter. */
    enum OidcSignInError {
        UNREACHABLE(false), REFUSED(true), DENIED(true), MISMATCH(false), NO_USERNAME(true), NOT_PROVISIONED(true),
        FAILED(false);

        private final boolean withMessage;

        OidcSignInError(boolean withMessage) {
            this.withMessage = withMessage;
        }

        /** Whether the page may show a message that came with the failure (through the session). */
        boolean withMessage() {
            return withMessage;
        }

        String code() {
            return "oidc-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<OidcSignInError> fromCode(String code) {
            for (OidcSignInError error : values()) {
                if (error.code().equals(code)) {
                    return Optional.of(error);
                }
            }
            return Optional.empty();
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String registrationId = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        if (providers.find(registrationId).isEmpty()) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        if (exception instanceof DisabledException) {
            redirects.sendRedirect(request, response, "/signin?error=disabled");
            return;
        }
        OidcSignInError error = classify(request, exception);
        String message = switch (error) {
            case REFUSED, DENIED -> providerMessage(oauth2Error(exception));
            case NOT_PROVISIONED, NO_USERNAME -> description(oauth2Error(exception));
            default -> null;
        };
        // The failure's message carries the provider's own words, which must not start lines in the log.
        String logged = PlainText.forLog(exception.getMessage());
        if (error == OidcSignInError.REFUSED || error == OidcSignInError.DENIED
                || error == OidcSignInError.NOT_PROVISIONED) {
            log.info("OIDC sign-in through '{}' refused ({}): {}", registrationId, error.code(), logged);
        }
        else {
            log.warn("OIDC sign-in through '{}' failed ({}): {}", registrationId, error.code(), logged);
        }
        if (message != null) {
            FlashMap flash = new FlashMap();
            flash.put(PROVIDER_MESSAGE, message);
            flash.setTargetRequestPath("/signin");
            flashMaps.saveOutputFlashMap(flash, request, response);
        }
        redirects.sendRedirect(request, response, UriComponentsBuilder.fromPath("/signin")
                .queryParam("error", error.code())
                .queryParam("provider", registrationId)
                .build().toUriString());
    }

    private static OidcSignInError classify(HttpServletRequest request, AuthenticationException exception) {
        if (unreachable(exception)) {
            return OidcSignInError.UNREACHABLE;
        }
        OAuth2Error error = oauth2Error(exception);
        if (error == null) {
            return OidcSignInError.FAILED;
        }
        return switch (error.getErrorCode()) {
            case OidcSignInUsers.NOT_PROVISIONED -> OidcSignInError.NOT_PROVISIONED;
            case OidcClaims.NO_USERNAME -> OidcSignInError.NO_USERNAME;
            default -> {
                if (MISMATCH.contains(error.getErrorCode())) {
                    yield OidcSignInError.MISMATCH;
                }
                if (request.getParameter("error") != null) {
                    // The provider's own error response, which passed the state check; access_denied is also
                    // what a declined consent screen answers.
                    yield "access_denied".equals(error.getErrorCode()) ? OidcSignInError.DENIED
                            : OidcSignInError.REFUSED;
                }
                // A redirect back without code and state.
                yield "invalid_request".equals(error.getErrorCode()) ? OidcSignInError.MISMATCH : OidcSignInError.FAILED;
            }
        };
    }

    private static boolean unreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof IdentityProviderUnavailableException || cause instanceof ResourceAccessException
                    || cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable OAuth2Error oauth2Error(AuthenticationException exception) {
        return exception instanceof OAuth2AuthenticationException oauth2 ? oauth2.getError() : null;
    }

    private static @Nullable String description(@Nullable OAuth2Error error) {
        return error != null ? error.getDescription() : null;
    }

    private static @Nullable String providerMessage(@Nullable OAuth2Error error) {
        if (error == null) {
            return null;
        }
        String message = error.getDescription() != null && !error.getDescription().isBlank()
                ? error.getDescription() + " (" + error.getErrorCode() + ")" : error.getErrorCode();
        return message.length() <= MAX_PROVIDER_MESSAGE ? message : message.substring(0, MAX_PROVIDER_MESSAGE);
    }
}
