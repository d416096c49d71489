package dev.gatehouse.admin;

import java.util.function.Function;

import dev.gatehouse.shared.RejectedException;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Puts a module's refusal on the page form, next to the field it concerns: the same rules as the API and the
 * import, shown where the admin typed. {@code formField} maps a module field (such as {@code managedPolicyArns[1]})
 * to the form's input, or to null for a message above the form.
 */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult result, ConstraintViolationException exception,
            Function<FieldProblem, @Nullable String> formField) {
        for (FieldProblem problem : FieldProblem.of(exception)) {
            String field = formField.apply(problem);
            if (field != null && result.getFieldErrorCount(field) == 0) {
                result.rejectValue(field, "invalid", problem.message());
            }
            else if (field == null) {
                result.reject("invalid", problem.field() + " " + problem.message());
            }
        }
    }

    static void reject(BindingResult result, ConstraintViolationException exception) {
        reject(result, exception, FieldProblem::topField);
    }

    static void reject(BindingResult result, RejectedException exception) {
        if (exception.field() != null) {
            result.rejectValue(exception.field(), exception.code(), exception.args(), exception.getBody().getDetail());
        }
        else {
            result.reject(exception.code(), exception.args(), exception.getBody().getDetail());
        }
    }

    /** Someone else saved the record since the form was loaded: nothing of this save is stored. */
    static void stale(BindingResult result) {
        result.reject("edit.stale");
    }
}
