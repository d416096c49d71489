package dev.gatehouse.credentials;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Why credentials could not be issued, in words a user can act on. The title and detail come from
 * {@code messages.properties} ({@code credentials.error.{reason}.title} / {@code .detail}, with
 * {@link #getDetailMessageArguments()}); the problem's properties (role ARN, principal) are safe to show.
 */
public class CredentialsException extends ErrorResponseException {

    public enum Reason {
        /** The user may not use this permission set in this account (or either does not exist: same answer). */
        NOT_ENTITLED(HttpStatus.FORBIDDEN, "not-entitled"),
        /** The username cannot be an STS role session name or source identity. */
        SESSION_NAME_REFUSED(HttpStatus.FORBIDDEN, "session-name-refused"),
        /** Gatehouse has no AWS credentials of its own. */
        NO_AWS_CREDENTIALS(HttpStatus.SERVICE_UNAVAILABLE, "no-aws-credentials"),
        /** STS said AccessDenied: the role is missing or does not trust Gatehouse. */
        ROLE_NOT_ASSUMABLE(HttpStatus.BAD_GATEWAY, "role-not-assumable"),
        /** STS kept throttling after the SDK's retries. */
        AWS_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "aws-busy"),
        /** STS did not answer within the configured timeout. */
        AWS_UNREACHABLE(HttpStatus.GATEWAY_TIMEOUT, "aws-unreachable"),
        /** STS refused for another reason, named by AWS's error code. */
        AWS_REFUSED(HttpStatus.BAD_GATEWAY, "aws-refused");

        private final HttpStatus status;
        private final String code;

        Reason(HttpStatus status, String code) {
            this.status = status;
            this.code = code;
        }

        public HttpStatus status() {
            return status;
        }

        public String messageCode() {
            return "credentials.error." + code;
        }
    }

    private final Reason reason;

    CredentialsException(Reason reason, Object[] arguments, Map<String, Object> properties,
            @Nullable Throwable cause) {
        super(reason.status(), problem(reason, properties), cause, reason.messageCode() + ".detail", arguments);
        this.reason = reason;
    }

    CredentialsException(Reason reason, Object... arguments) {
        this(reason, arguments, Map.of(), null);
    }

    private static ProblemDetail problem(Reason reason, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatus(reason.status());
        problem.setProperty("reason", reason.name());
        properties.forEach(problem::setProperty);
        return problem;
    }

    /** The same failure as a new exception, to throw for another request. */
    CredentialsException again() {
        Map<String, Object> properties = getBody().getProperties();
        return new CredentialsException(reason, getDetailMessageArguments(),
                properties == null ? Map.of() : properties, this);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String getTitleMessageCode() {
        return reason.messageCode() + ".title";
    }
}
