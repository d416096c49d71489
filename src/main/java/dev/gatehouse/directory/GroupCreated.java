package dev.gatehouse.directory;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** A directory group was created; {@code target} is its name. */
public record GroupCreated(UUID groupId, String target, Map<String, Object> after, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "group";
    }

    @Override
    public String operation() {
        return "create";
    }
}
