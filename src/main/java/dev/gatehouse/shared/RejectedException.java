package dev.gatehouse.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A business rule refused the input: a duplicate name (409), an unknown reference or a rule across fields (400).
 * {@code field} names the offending input field (null when it is the request as a whole); {@code code} is a key in
 * {@code messages.properties} with {@code args}, so pages show the message next to the field and APIs list it in
 * {@code errors}. Nothing was saved when this is thrown.
 */
public class RejectedException extends ErrorResponseException {

    private final @Nullable String field;
    private final String code;
    private final Object[] args;

    public RejectedException(HttpStatus status, @Nullable String field, String code, String defaultMessage,
            Object... args) {
        super(status, ProblemDetail.forStatusAndDetail(status, defaultMessage), null);
        this.field = field;
        this.code = code;
        this.args = args.clone();
        getBody().setTitle(status == HttpStatus.CONFLICT ? "Conflict" : "Invalid request");
    }

    /** A 409: the name or key is taken. */
    public static RejectedException duplicate(String field, String code, String defaultMessage, Object... args) {
        return new RejectedException(HttpStatus.CONFLICT, field, code, defaultMessage, args);
    }

    /** A 400: the value breaks a rule. */
    public static RejectedException invalid(@Nullable String field, String code, String defaultMessage,
            Object... args) {
        return new RejectedException(HttpStatus.BAD_REQUEST, field, code, defaultMessage, args);
    }

    public @Nullable String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
