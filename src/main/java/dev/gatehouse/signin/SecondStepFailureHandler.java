package dev.gatehouse.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the second-step page with a reason it turns into a message. */
class SecondStepFailureHandler implements AuthenticationFailureHandler {

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String target;
        if (exception instanceof SignInPausedException) {
            target = OneTimeCodeAuthenticationFilter.PATH + "?error=paused";
        }
        else if (exception instanceof SecondFactorRejectedException rejected
                && rejected.reason() != SecondFactorRejectedException.Reason.NOT_PENDING) {
            target = OneTimeCodeAuthenticationFilter.PATH + "?error=" + rejected.reason().code();
        }
        else {
            target = OneTimeCodeAuthenticationFilter.PATH;
        }
        redirects.sendRedirect(request, response, target);
    }
}
