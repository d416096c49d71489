package dev.gatehouse.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends the user back to the sign-in page with a reason the page turns into a message. */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        redirects.sendRedirect(request, response, "/signin?error=" + SignInError.of(exception).code());
    }

    enum SignInError {
        FAILED, DISABLED, PAUSED, ADDRESS_PAUSED, MFA_BLOCKED, EXPIRED;

        static SignInError of(AuthenticationException exception) {
            if (exception instanceof SignInPausedException paused) {
                return paused.reason() == SignInPausedException.Reason.ADDRESS ? ADDRESS_PAUSED : PAUSED;
            }
            if (exception instanceof MfaBlockedException) {
                return MFA_BLOCKED;
            }
            return exception instanceof DisabledException ? DISABLED : FAILED;
        }

        static SignInError fromCode(String code) {
            for (SignInError error : values()) {
                if (error.code().equals(code)) {
                    return error;
                }
            }
            return FAILED;
        }

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
