package dev.gatehouse.directory;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** A user's username, display name or email changed (enabling and disabling have their own events). */
public record UserUpdated(UUID userId, String target, Map<String, Object> before, Map<String, Object> after, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "user";
    }

    @Override
    public String operation() {
        return "update";
    }
}
