package dev.gatehouse.access;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Which assignments to list; every null field matches everything. */
public record AssignmentFilter(@Nullable String accountId, @Nullable UUID permissionSetId,
        @Nullable PrincipalType principalType, @Nullable UUID principalId) {

    public static AssignmentFilter all() {
        return new AssignmentFilter(null, null, null, null);
    }

    public static AssignmentFilter account(String accountId) {
        return new AssignmentFilter(accountId, null, null, null);
    }

    public static AssignmentFilter permissionSet(UUID permissionSetId) {
        return new AssignmentFilter(null, permissionSetId, null, null);
    }

    public static AssignmentFilter principal(PrincipalType type, UUID principalId) {
        return new AssignmentFilter(null, null, type, principalId);
    }
}
