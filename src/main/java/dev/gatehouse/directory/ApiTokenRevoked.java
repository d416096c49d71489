package dev.gatehouse.directory;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** An API token was revoked: calls with it are refused from now on. {@code target} is the owner's username. */
public record ApiTokenRevoked(UUID tokenId, String target, String name, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "apiToken";
    }

    @Override
    public String operation() {
        return "revoke";
    }

    @Override
    public Map<String, Object> before() {
        return Map.of("id", tokenId.toString(), "name", name);
    }
}
