package dev.gatehouse.permissionsets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** The permissions boundary of a permission set's role: exactly one of an AWS managed policy or a customer one. */
public record PermissionsBoundary(
        @Nullable @Pattern(regexp = PermissionSetDetails.MANAGED_POLICY_ARN, message = "{permissionset.managedPolicyArn.invalid}") String managedPolicyArn,
        @Nullable @Valid CustomerPolicyReference customerManagedPolicy) {

    public PermissionsBoundary {
        managedPolicyArn = managedPolicyArn == null || managedPolicyArn.isBlank() ? null : managedPolicyArn.strip();
    }
}
