package dev.gatehouse.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/** The admin API's 401 and 403 answers, as {@code ProblemDetail} JSON like every other API error. */
final class ProblemResponses {

    static final String NOT_AUTHENTICATED = "Send an admin API token as 'Authorization: Bearer <token>', or sign in.";
    static final String NOT_ADMIN = "Only Gatehouse admins may use the admin API.";
    static final String CSRF = "A call with a browser session needs the CSRF token in the X-CSRF-TOKEN header; "
            + "automation should send an API token instead.";
    static final String BAD_TOKEN = "The API token is unknown, expired or revoked, or its owner is disabled.";

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, HttpStatus.UNAUTHORIZED, "Not authenticated",
                    exception instanceof BadTokenException ? BAD_TOKEN : NOT_AUTHENTICATED);
        };
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "Forbidden",
                exception instanceof CsrfException ? CSRF : NOT_ADMIN);
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** A bearer token was sent but is not (or no longer) valid. */
    static final class BadTokenException extends org.springframework.security.core.AuthenticationException {

        BadTokenException() {
            super(BAD_TOKEN);
        }
    }
}
