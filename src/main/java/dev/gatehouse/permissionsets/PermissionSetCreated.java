package dev.gatehouse.permissionsets;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** A permission set was defined; {@code target} is its name. */
public record PermissionSetCreated(UUID permissionSetId, String target, Map<String, Object> after, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "permissionSet";
    }

    @Override
    public String operation() {
        return "create";
    }

    @Override
    public String permissionSet() {
        return target;
    }
}
