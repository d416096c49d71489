package dev.gatehouse.admin;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The admin API's answer to input that could not even be read: a body that is missing or not JSON, a field of the
 * wrong JSON type ({@code "active": "yes"}), a path or query parameter that is not what it names (an id that is
 * not a UUID). Each is a 400 naming the field and what it takes, like a refused value.
 */
final class UnreadableInput {

    private UnreadableInput() {
    }

    static ProblemDetail of(HttpMessageNotReadableException exception) {
        if (exception.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            Class<?> type = json instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            return invalid(new FieldProblem(field(json.getPath()), takes(type)));
        }
        if (exception.getCause() instanceof JacksonException json && json.getLocation() != null) {
            return problem("The body is not valid JSON (line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr() + ").");
        }
        return problem("The request needs a JSON object as its body.");
    }

    static ProblemDetail of(TypeMismatchException exception) {
        String name = exception.getPropertyName() == null ? "parameter" : exception.getPropertyName();
        return invalid(new FieldProblem(name, takes(exception.getRequiredType())));
    }

    private static String field(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String takes(@Nullable Class<?> type) {
        if (type == null) {
            return "has a value of the wrong type";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == UUID.class) {
            return "must be an id such as 3f0c2a9e-6b1d-4c57-9d2e-1a2b3c4d5e6f";
        }
        if (type.isEnum()) {
            return "must be one of " + String.join(", ", List.of(type.getEnumConstants()).stream().map(String::valueOf).toList());
        }
        if (type == String.class) {
            return "must be a text value";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a whole number";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "has a value of the wrong type";
    }

    private static ProblemDetail invalid(FieldProblem problem) {
        ProblemDetail detail = problem("The request has invalid fields.");
        detail.setTitle("Invalid request");
        detail.setProperty("errors", List.of(problem));
        return detail;
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Unreadable request");
        return problem;
    }
}
