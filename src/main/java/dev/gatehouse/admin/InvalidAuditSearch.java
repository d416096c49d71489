package dev.gatehouse.admin;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 400 for an admin API call with invalid query parameters, each listed in {@code errors} as
 * {@code {"field", "message"}}, the shape of every admin API error.
 */
class InvalidAuditSearch extends ErrorResponseException {

    InvalidAuditSearch(List<FieldProblem> errors) {
        super(HttpStatus.BAD_REQUEST, problem(errors), null);
    }

    private static ProblemDetail problem(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid query parameters.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
