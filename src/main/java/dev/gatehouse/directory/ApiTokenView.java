package dev.gatehouse.directory;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An API token as its owner sees it in the list: never the token itself, which is shown once at creation. */
public record ApiTokenView(UUID id, String name, Instant createdAt, @Nullable Instant lastUsedAt,
        @Nullable Instant expiresAt, boolean expired) {
}
