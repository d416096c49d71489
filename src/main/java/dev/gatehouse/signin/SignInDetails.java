package dev.gatehouse.signin;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's request details, plus the trusted-device cookie the password step decides with. The token
 * is transient: it never reaches the stored session.
 */
class SignInDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient @Nullable String trustedDeviceToken;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.trustedDeviceToken = TrustedDevices.cookieValue(request);
    }

    @Nullable String trustedDeviceToken() {
        return trustedDeviceToken;
    }

    static AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> source() {
        return SignInDetails::new;
    }
}
