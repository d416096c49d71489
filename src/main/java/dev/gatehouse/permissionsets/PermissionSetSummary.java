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

    public String effectiveRoleName() {
        return roleName != null ? roleName : PermissionSetDetails.DEFAULT_ROLE_PREFIX + name;
    }
}
