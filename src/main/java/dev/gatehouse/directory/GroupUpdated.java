package dev.gatehouse.directory;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** A group's name or description changed. */
public record GroupUpdated(UUID groupId, String target, Map<String, Object> before, Map<String, Object> after, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "group";
    }

    @Override
    public String operation() {
        return "update";
    }
}
