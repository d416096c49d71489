package dev.gatehouse.directory;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** A user was deleted, with their group memberships and assignments; {@code before} lists their groups. */
public record UserDeleted(UUID userId, String target, Map<String, Object> before, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "user";
    }

    @Override
    public String operation() {
        return "delete";
    }
}
