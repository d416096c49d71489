package dev.gatehouse.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.gatehouse.shared.NotFoundException;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Sha256;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Admin API tokens: random, shown once, stored as a SHA-256 hash, checked on every call against the owner's
 * current state (an owner who is disabled or no longer an admin loses what the token could do at once).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ApiTokenManagement {

    /** Prefix of every token Gatehouse issues, so that secret scanners and people recognise one. */
    public static final String PREFIX = "gh_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final DirectoryManagement directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokenManagement(ApiTokenRepository tokens, DirectoryManagement directory, ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a token for the user; {@code lifetime} null means it does not expire. */
    @Transactional
    public NewApiToken create(UUID userId,
            @NotBlank(message = "{field.required}") @Size(max = 128, message = "{token.name.size}") String name,
            @Nullable Duration lifetime) {
        User owner = directory.load(userId);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expiresAt = lifetime == null ? null : now.plus(lifetime);
        ApiToken stored = tokens.save(new ApiToken(userId, name.strip(), Sha256.hex(token), now, expiresAt));
        events.publishEvent(new ApiTokenCreated(stored.id(), owner.username(), name.strip(), expiresAt,
                Origin.current(), now));
        return new NewApiToken(stored.id(), name.strip(), token, expiresAt);
    }

    public List<ApiTokenView> tokensOf(UUID userId) {
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream().map(token -> token.toView(now)).toList();
    }

    /** Revokes one of the user's own tokens; another user's token counts as not found. */
    @Transactional
    public void revoke(UUID userId, UUID tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(found -> found.userId().equals(userId))
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
        User owner = directory.load(userId);
        tokens.delete(token);
        events.publishEvent(new ApiTokenRevoked(tokenId, owner.username(), token.name(), Origin.current(),
                clock.instant()));
    }

    /**
     * The holder of a presented token, or empty when it is unknown, revoked, expired, or its owner is disabled.
     * Notes when the token was last used.
     */
    @Transactional
    public Optional<ApiTokenHolder> authenticate(String presented) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(Sha256.hex(presented))
                .filter(token -> !token.expiredAt(now))
                .flatMap(token -> directory.findUser(token.userId())
                        .filter(UserView::active)
                        .map(user -> {
                            if (token.usedAt(now)) {
                                tokens.save(token);
                            }
                            return new ApiTokenHolder(token.id(), user.id(), user.username(),
                                    directory.isAdmin(user.id()));
                        }));
    }
}
