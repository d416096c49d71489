package dev.gatehouse.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * One rejected input field, named the way the caller sent it: {@code name}, {@code managedPolicyArns[1]},
 * {@code customerManagedPolicies[0].path}. Built from a module's validation, for pages, API and import alike; the
 * admin API lists them in a ProblemDetail's {@code errors} as {@code {"field": ..., "message": ...}}.
 */
record FieldProblem(String field, String message) {

    static List<FieldProblem> of(ConstraintViolationException exception) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            problems.add(new FieldProblem(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        return problems.stream().distinct().toList();
    }

    /** The field errors of a bound request (such as query parameters), in their order; a list to add to. */
    static List<FieldProblem> of(Errors errors) {
        List<FieldProblem> problems = new ArrayList<>();
        errors.getFieldErrors().forEach(error -> problems.add(new FieldProblem(error.getField(),
                error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
        return problems;
    }

    /**
     * The path below the method parameter: method validation paths start with the method and parameter names. A
     * constraint on a plain parameter (such as a password) is named after the parameter.
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        Path.@Nullable Node last = null;
        for (Path.Node node : path) {
            last = node;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.BEAN) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                else if (node.getKey() != null) {
                    field.append('[').append(node.getKey()).append(']');
                }
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (field.isEmpty() && last != null && last.getKind() == ElementKind.PARAMETER && last.getName() != null) {
            return last.getName();
        }
        return field.toString();
    }

    /** The top-level field: {@code managedPolicyArns[1]} is shown next to the {@code managedPolicyArns} input. */
    String topField() {
        int end = 0;
        while (end < field.length() && field.charAt(end) != '[' && field.charAt(end) != '.') {
            end++;
        }
        return field.substring(0, end);
    }
}
