package dev.gatehouse.directory;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** An admin set or reset a user's password. The event says whether it was generated, never what it is. */
public record UserPasswordChanged(UUID userId, String target, boolean generated, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "user";
    }

    @Override
    public String operation() {
        return "setPassword";
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("password", generated ? "generated" : "set by admin");
    }
}
