package dev.gatehouse.directory;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** A directory user was created; {@code target} is the username. */
public record UserCreated(UUID userId, String target, Map<String, Object> after, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "user";
    }

    @Override
    public String operation() {
        return "create";
    }
}
