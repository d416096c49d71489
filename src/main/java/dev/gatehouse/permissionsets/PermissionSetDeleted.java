package dev.gatehouse.permissionsets;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** A permission set was deleted with every assignment of it (published before the deletion). */
public record PermissionSetDeleted(UUID permissionSetId, String target, Map<String, Object> before, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "permissionSet";
    }

    @Override
    public String operation() {
        return "delete";
    }

    @Override
    public String permissionSet() {
        return target;
    }
}
