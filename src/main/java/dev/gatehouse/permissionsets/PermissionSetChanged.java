package dev.gatehouse.permissionsets;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** A permission set's definition changed; every account's role should follow. */
public record PermissionSetChanged(UUID permissionSetId, String target, Map<String, Object> before, Map<String, Object> after, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "permissionSet";
    }

    @Override
    public String operation() {
        return "update";
    }

    @Override
    public String permissionSet() {
        return target;
    }
}
