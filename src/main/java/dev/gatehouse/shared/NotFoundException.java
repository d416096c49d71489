package dev.gatehouse.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A record asked for by id or name does not exist: a 404 page in the browser, a 404 {@code ProblemDetail} in
 * the APIs.
 */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String kind, Object key) {
        super(HttpStatus.NOT_FOUND, problem(kind, key), null);
    }

    private static ProblemDetail problem(String kind, Object key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + kind + " " + key + ".");
        problem.setTitle("Not found");
        return problem;
    }
}
