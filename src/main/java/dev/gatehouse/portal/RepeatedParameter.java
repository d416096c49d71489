package dev.gatehouse.portal;

import java.util.Map;

import dev.gatehouse.shared.ExplainedException;
import dev.gatehouse.shared.FailureReason;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;

/**
 * A 400 for a console or credentials request that gives a parameter more than once. Spring would join the values
 * with commas, so {@code destination=https://console.aws.amazon.com/s3&destination=https://evil.example} would land
 * on a console page no one asked for instead of being refused.
 */
class RepeatedParameter extends ExplainedException {

    enum Reason implements FailureReason {
        REPEATED_PARAMETER;

        @Override
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }

        @Override
        public String messageCode() {
            return "portal.error.repeated-parameter";
        }
    }

    private RepeatedParameter(String name) {
        super(Reason.REPEATED_PARAMETER, Map.of("parameter", name), null, name);
    }

    /** @throws RepeatedParameter for the first of the named parameters that the request gives more than once */
    static void rejectRepeated(HttpServletRequest request, String... names) {
        for (String name : names) {
            String[] values = request.getParameterValues(name);
            if (values != null && values.length > 1) {
                throw new RepeatedParameter(name);
            }
        }
    }
}
