package dev.gatehouse.console;

import java.util.Map;

import dev.gatehouse.shared.ExplainedException;
import dev.gatehouse.shared.FailureReason;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Why a console sign-in could not be completed; title and detail come from {@code messages.properties}
 * ({@code console.error.{reason}.title} / {@code .detail}).
 */
public class ConsoleException extends ExplainedException {

    public enum Reason implements FailureReason {
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

        @Override
        public HttpStatus status() {
            return status;
        }

        @Override
        public String messageCode() {
            return "console.error." + code;
        }
    }

    ConsoleException(Reason reason, @Nullable Throwable cause, Object... arguments) {
        super(reason, Map.of(), cause, arguments);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
