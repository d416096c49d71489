package dev.gatehouse.access;

import java.util.UUID;

import dev.gatehouse.accounts.AccountDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One principal (user or group) x one AWS account x one permission set. Every reference must exist. */
public record NewAssignment(
        @NotNull(message = "{field.required}")
        @Pattern(regexp = AccountDetails.ACCOUNT_ID, message = "{account.accountId.invalid}") String accountId,
        @NotNull(message = "{field.required}") UUID permissionSetId,
        @NotNull(message = "{assignment.principalType.invalid}") PrincipalType principalType,
        @NotNull(message = "{field.required}") UUID principalId) {
}
