package dev.gatehouse.permissionsets;

import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A permission set in a list: what tells one from another, without its policies. */
public record PermissionSetSummary(UUID id, String name, @Nullable String description, String sessionDuration,
        @Nullable String roleName) {

    public Duration session() {
        return Duration.parse(sessionDuration);
    }

    /** See {@link PermissionSetDetails#roleNameFor(String, String)}. */
    public String effectiveRoleName() {
        return PermissionSetDetails.roleNameFor(name, roleName);
    }
}
