package dev.gatehouse.permissionsets;

import java.util.UUID;

/**
 * A stored permission set.
 *
 * @param version the optimistic-locking version an update must quote
 */
public record PermissionSetView(UUID id, PermissionSetDetails details, long version) {

    public String name() {
        return details.name();
    }
}
