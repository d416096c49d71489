package dev.gatehouse.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.Errors;
import org.springframework.web.ErrorResponseException;

/**
 * A 400 for an admin API call with invalid query parameters, each listed in {@code errors} as
 * {@code {"field", "message"}}, the shape of every admin API error.
 */
class InvalidAuditSearch extends ErrorResponseException {

    InvalidAuditSearch(List<Map<String, String>> errors) {
        super(HttpStatus.BAD_REQUEST, problem(errors), null);
    }

    /** The form's field errors, to which a caller adds those of other parameters. */
    static List<Map<String, String>> fieldErrors(Errors errors) {
        List<Map<String, String>> fields = new ArrayList<>();
        errors.getFieldErrors().forEach(error -> fields.add(Map.of("field", error.getField(),
                "message", error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
        return fields;
    }

    static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static ProblemDetail problem(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid query parameters.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
