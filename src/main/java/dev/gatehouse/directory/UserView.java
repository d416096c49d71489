package dev.gatehouse.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record UserView(UUID id, String username, String displayName, @Nullable String email, boolean active) {
}
