package dev.gatehouse.permissionsets;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A customer managed policy each account must have, by name and path (IAM's rules: a name of up to 128
 * characters, a path that starts and ends with {@code /}; null or blank counts as {@code /}).
 */
public record CustomerPolicyReference(
        @NotNull(message = "{field.required}") @Pattern(regexp = "[\\w+=,.@-]{1,128}", message = "{permissionset.customerPolicy.name.invalid}") String name,
        @NotNull(message = "{field.required}") @Pattern(regexp = "/|/[\\u0021-\\u007E]{1,510}/", message = "{permissionset.customerPolicy.path.invalid}") String path) {

    public CustomerPolicyReference {
        path = path == null || path.isBlank() ? "/" : path.strip();
    }
}
