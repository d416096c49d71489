package dev.gatehouse.directory;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A token just created: {@code token} is the only copy there will ever be (only its hash is stored). */
public record NewApiToken(UUID id, String name, String token, @Nullable Instant expiresAt) {

    @Override
    public String toString() {
        return "NewApiToken[id=" + id + ", name=" + name + "]";
    }
}
