package dev.gatehouse.admin;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import dev.gatehouse.shared.RejectedException;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * Saves a page form through a module and puts a refusal on the form, next to the field it concerns: the same rules
 * as the API and the import, shown where the admin typed. A handler reads "if empty, re-render; else flash and
 * redirect". Nothing is saved while the form has errors already (input that did not bind, a check of the page).
 */
final class FormErrors {

    private FormErrors() {
    }

    /**
     * The form input a module's field problem is shown next to, and for a list typed one entry a line, the line
     * (counted from 1) the entry is on.
     */
    record Input(String field, @Nullable Integer line) {

        /** The top-level field: {@code managedPolicyArns[1]} is shown next to the {@code managedPolicyArns} input. */
        static Input of(FieldProblem problem) {
            return new Input(problem.topField(), null);
        }
    }

    static <T> Optional<T> submit(BindingResult result, Supplier<T> save) {
        return submit(result, Input::of, save);
    }

    /** {@code input} maps a module field (such as {@code managedPolicyArns[1]}) to the form's input. */
    static <T> Optional<T> submit(BindingResult result, Function<FieldProblem, Input> input, Supplier<T> save) {
        if (result.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        }
        catch (ConstraintViolationException invalid) {
            reject(result, invalid, input);
        }
        catch (RejectedException rejected) {
            reject(result, rejected);
        }
        catch (ObjectOptimisticLockingFailureException stale) {
            result.reject("edit.stale");
        }
        return Optional.empty();
    }

    /**
     * Saves an edit based on the version the page was loaded with; a form without one (or with one that is not a
     * number) saves nothing and says so, as a stale save would.
     */
    static <T> Optional<T> update(BindingResult result, @Nullable Long version, LongFunction<T> save) {
        return update(result, version, Input::of, save);
    }

    static <T> Optional<T> update(BindingResult result, @Nullable Long version, Function<FieldProblem, Input> input,
            LongFunction<T> save) {
        if (version == null) {
            result.reject("edit.version.missing");
            return Optional.empty();
        }
        return submit(result, input, () -> save.apply(version));
    }

    private static void reject(BindingResult result, ConstraintViolationException exception,
            Function<FieldProblem, Input> inputOf) {
        for (FieldProblem problem : FieldProblem.of(exception)) {
            Input input = inputOf.apply(problem);
            if (result.getFieldErrorCount(input.field()) > 0) {
                continue;
            }
            if (input.line() == null) {
                result.rejectValue(input.field(), "invalid", problem.message());
            }
            else {
                result.rejectValue(input.field(), "admin.form.line",
                        new Object[] { String.valueOf(input.line()), problem.message() }, problem.message());
            }
        }
    }

    private static void reject(BindingResult result, RejectedException exception) {
        if (exception.field() != null) {
            result.rejectValue(exception.field(), exception.code(), exception.args(), exception.getBody().getDetail());
        }
        else {
            result.reject(exception.code(), exception.args(), exception.getBody().getDetail());
        }
    }
}
