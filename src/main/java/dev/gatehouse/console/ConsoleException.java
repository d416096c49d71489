package dev.gatehouse.console;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Why a console sign-in could not be completed; title and detail come from {@code messages.properties}
 * ({@code console.error.{reason}.title} / {@code .detail}).
 */
public class ConsoleException extends ErrorResponseException {

    public enum Reason {
        /** The destination is not an https URL on the partition's console hosts. */
        DESTINATION_NOT_ALLOWED(HttpStatus.BAD_REQUEST, "destination-not-allowed"),
        /** The federation endpoint answered with an error. */
        FEDERATION_FAILED(HttpStatus.BAD_GATEWAY, "federation-failed"),
        /** The federation endpoint did not answer within the configured timeout. */
        FEDERATION_UNREACHABLE(HttpStatus.GATEWAY_TIMEOUT, "federation-unreachable");

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
            return "console.error." + code;
        }
    }

    private final Reason reason;

    ConsoleException(Reason reason, @Nullable Throwable cause, Object... arguments) {
        super(reason.status(), problem(reason), cause, reason.messageCode() + ".detail", arguments);
        this.reason = reason;
    }

    private static ProblemDetail problem(Reason reason) {
        ProblemDetail problem = ProblemDetail.forStatus(reason.status());
        problem.setProperty("reason", reason.name());
        return problem;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String getTitleMessageCode() {
        return reason.messageCode() + ".title";
    }
}
