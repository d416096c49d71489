package dev.gatehouse.directory;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** A disabled user was enabled again. */
public record UserEnabled(UUID userId, String target, Map<String, Object> before, Map<String, Object> after, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "user";
    }

    @Override
    public String operation() {
        return "enable";
    }
}
