package dev.gatehouse.credentials;

import java.util.Map;

import dev.gatehouse.shared.ExplainedException;
import dev.gatehouse.shared.FailureReason;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Why credentials could not be issued, in words a user can act on. The title and detail come from
 * {@code messages.properties} ({@code credentials.error.{reason}.title} / {@code .detail}, with
 * {@link #getDetailMessageArguments()}); the problem's properties (role ARN, principal) are safe to show.
 */
public class CredentialsException extends ExplainedException {

    public enum Reason implements FailureReason {
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

        @Override
        public HttpStatus status() {
            return status;
        }

        @Override
        public String messageCode() {
            return "credentials.error." + code;
        }
    }

    CredentialsException(Reason reason, Object[] arguments, Map<String, Object> properties,
            @Nullable Throwable cause) {
        super(reason, properties, cause, arguments);
    }

    CredentialsException(Reason reason, @Nullable Throwable cause) {
        this(reason, new Object[0], Map.of(), cause);
    }

    CredentialsException(Reason reason, Object... arguments) {
        this(reason, arguments, Map.of(), null);
    }

    /** The same failure as a new exception, to throw for another request. */
    CredentialsException again() {
        Map<String, Object> properties = getBody().getProperties();
        return new CredentialsException(reason(), getDetailMessageArguments(),
                properties == null ? Map.of() : properties, this);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
