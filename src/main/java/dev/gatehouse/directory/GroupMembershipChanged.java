package dev.gatehouse.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/**
 * Users joined or left a group. {@code added} and {@code removed} are the usernames, each list possibly empty
 * but never both.
 */
public record GroupMembershipChanged(UUID groupId, String target, List<UUID> addedUserIds, List<String> added,
        List<UUID> removedUserIds, List<String> removed, Origin origin, Instant occurredAt) implements AdminChangeEvent {

    @Override
    public String type() {
        return "group";
    }

    @Override
    public String operation() {
        return removed.isEmpty() ? "addMembers" : added.isEmpty() ? "removeMembers" : "changeMembers";
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("added", added, "removed", removed);
    }
}
