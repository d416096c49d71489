package dev.gatehouse.permissionsets;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.gatehouse.shared.PlainText;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A permission set as an admin defines it. The rules follow IAM Identity Center's: see the messages of each
 * constraint and {@link PermissionSetRules} for the rules that need more than a pattern.
 *
 * @param sessionDuration ISO-8601, {@code PT1H} to {@code PT12H}; null or blank counts as {@code PT1H}
 * @param relayState optional https URL on an AWS console host of any partition, up to 240 characters
 * @param inlinePolicy optional IAM policy JSON object, up to 32,768 bytes
 * @param roleName the IAM role's name in each account; null means {@code GatehouseReserved_{name}}
 */
@PermissionSetDetails.Checked
public record PermissionSetDetails(
        @NotNull(message = "{field.required}") @Pattern(regexp = NAME, message = "{permissionset.name.invalid}") String name,
        @Nullable @Size(max = 700, message = "{permissionset.description.size}")
        @Pattern(regexp = PlainText.PATTERN, message = "{text.plain}") String description,
        String sessionDuration,
        @Nullable @Size(max = 240, message = "{permissionset.relayState.size}") String relayState,
        @Size(max = 20, message = "{permissionset.managedPolicyArns.size}")
        List<@NotNull @Pattern(regexp = MANAGED_POLICY_ARN, message = "{permissionset.managedPolicyArn.invalid}") String> managedPolicyArns,
        @Size(max = 20, message = "{permissionset.customerManagedPolicies.size}")
        List<@NotNull @Valid CustomerPolicyReference> customerManagedPolicies,
        @Nullable String inlinePolicy,
        @Nullable @Valid PermissionsBoundary permissionsBoundary,
        @Size(max = 50, message = "{permissionset.tags.size}") Map<String, String> tags,
        @Nullable @Pattern(regexp = "[\\w+=,.@-]{1,64}", message = "{permissionset.roleName.invalid}") String roleName) {

    public static final String NAME = "[\\w+=,.@-]{1,32}";
    public static final String MANAGED_POLICY_ARN = "arn:(aws|aws-cn|aws-us-gov):iam::aws:policy/(?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,128}";
    public static final String DEFAULT_DURATION = "PT1H";
    public static final String DEFAULT_ROLE_PREFIX = "GatehouseReserved_";

    public PermissionSetDetails {
        description = blankToNull(description);
        sessionDuration = sessionDuration == null || sessionDuration.isBlank() ? DEFAULT_DURATION : sessionDuration.strip();
        relayState = blankToNull(relayState);
        managedPolicyArns = managedPolicyArns == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(managedPolicyArns.stream().map(arn -> arn == null ? "" : arn.strip()).toList()));
        customerManagedPolicies = customerManagedPolicies == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(customerManagedPolicies));
        inlinePolicy = blankToNull(inlinePolicy);
        if (permissionsBoundary != null && permissionsBoundary.managedPolicyArn() == null
                && permissionsBoundary.customerManagedPolicy() == null) {
            permissionsBoundary = null;
        }
        tags = tags == null ? Map.of() : new LinkedHashMap<>(tags);
        roleName = blankToNull(roleName);
    }

    /** {@link #roleName()}, or {@code GatehouseReserved_{name}} when the permission set names no existing role. */
    public String effectiveRoleName() {
        return roleNameFor(name, roleName);
    }

    /**
     * The IAM role's name in each account for a permission set called {@code name} whose stored role name is
     * {@code roleName}: that name when there is one, else {@value #DEFAULT_ROLE_PREFIX}{@code {name}}.
     */
    public static String roleNameFor(String name, @Nullable String roleName) {
        return roleName != null ? roleName : DEFAULT_ROLE_PREFIX + name;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The rules across fields and the ones a pattern cannot say, checked by {@link PermissionSetRules}. */
    @Documented
    @Constraint(validatedBy = PermissionSetRules.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Checked {
        String message() default "{permissionset.invalid}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
