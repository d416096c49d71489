package dev.gatehouse.directory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;
import org.jspecify.annotations.Nullable;

/** An admin created an API token for themselves; {@code target} is the owner's username. Never the token. */
public record ApiTokenCreated(UUID tokenId, String target, String name, @Nullable Instant expiresAt, Origin origin,
        Instant occurredAt) implements AdminChangeEvent {

    @Override
    public String type() {
        return "apiToken";
    }

    @Override
    public String operation() {
        return "create";
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", tokenId.toString());
        fields.put("name", name);
        fields.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        return fields;
    }
}
