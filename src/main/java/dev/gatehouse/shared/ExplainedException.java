package dev.gatehouse.shared;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure a user can act on, for one of a fixed set of reasons. Its {@code ProblemDetail} names the reason in the
 * property {@code reason} and carries the given properties, which must be safe to show; title and detail come from
 * {@code messages.properties} under the reason's message code, the detail with the given arguments. Subclasses
 * narrow {@link #reason()} to their own enum.
 */
public abstract class ExplainedException extends ErrorResponseException {

    private final FailureReason reason;

    protected ExplainedException(FailureReason reason, Map<String, Object> properties, @Nullable Throwable cause,
            Object @Nullable... arguments) {
        super(reason.status(), problem(reason, properties), cause, reason.messageCode() + ".detail", arguments);
        this.reason = reason;
    }

    private static ProblemDetail problem(FailureReason reason, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatus(reason.status());
        problem.setProperty("reason", reason.name());
        properties.forEach(problem::setProperty);
        return problem;
    }

    public FailureReason reason() {
        return reason;
    }

    @Override
    public String getTitleMessageCode() {
        return reason.messageCode() + ".title";
    }
}
