package dev.gatehouse.directory;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** A group was deleted, with its memberships and assignments. */
public record GroupDeleted(UUID groupId, String target, Map<String, Object> before, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "group";
    }

    @Override
    public String operation() {
        return "delete";
    }
}
