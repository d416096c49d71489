package dev.gatehouse.admin;

import java.util.List;

import dev.gatehouse.shared.RejectedException;
import jakarta.validation.ConstraintViolationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the admin REST API as {@code ProblemDetail}. A rejected request lists its offending fields in
 * {@code errors}: {@code [{"field": "accountId", "message": "must be 12 digits"}]}. Module exceptions that
 * extend {@code ErrorResponseException} (not found) are rendered by the base class as they are.
 */
@RestControllerAdvice(annotations = AdminApi.class)
class AdminApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    AdminApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    /** A module refused the input: the same rules as the pages and the import. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidFields(ConstraintViolationException ex) {
        return invalid(FieldProblem.of(ex));
    }

    /** A business rule refused the input: a duplicate (409), an unknown reference (400). */
    @ExceptionHandler(RejectedException.class)
    ProblemDetail rejected(RejectedException ex) {
        String message = messages.getMessage(ex.code(), ex.args(), ex.getBody().getDetail(),
                LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.getStatusCode(), message);
        problem.setTitle(ex.getBody().getTitle());
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(ex.field(), message)));
        }
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrentChange() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this record since you loaded it. Reload it and apply your change again.");
        problem.setTitle("Concurrent change");
        return problem;
    }

    /** Deleting an account or permission set that still has assignments needs {@code ?force=true}. */
    @ExceptionHandler(HasAssignmentsException.class)
    ProblemDetail hasAssignments(HasAssignmentsException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Has assignments");
        problem.setProperty("assignmentCount", ex.count());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, UnreadableInput.of(ex), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, UnreadableInput.of(ex), headers, status, request);
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
