package dev.gatehouse.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A directory group as admins see it.
 *
 * @param source the identity provider registration the group is synchronised from, or null for a group managed here
 * @param version the optimistic-locking version an update must quote
 */
public record GroupView(UUID id, String name, @Nullable String description, @Nullable String source, int memberCount,
        long version) {
}
