package dev.gatehouse.directory;

import java.util.UUID;

/** Who an accepted API token belongs to, looked up afresh on every call. */
public record ApiTokenHolder(UUID tokenId, UUID userId, String username, boolean admin) {
}
