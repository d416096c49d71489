package dev.gatehouse.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;

/**
 * A lockout began: the failed attempt in {@code origin} was the one too many, and sign-in is paused until
 * {@code pausedUntil} for its username or for its client address.
 *
 * @param scope {@code username} or {@code address}
 * @param failures the failures within {@code window} that caused the pause
 */
public record SignInPaused(Instant occurredAt, Origin origin, String scope, Instant pausedUntil, int failures,
        Duration window) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return AuditAction.LOCKOUT;
    }

    @Override
    public Outcome outcome() {
        return Outcome.FAILURE;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("scope", scope, "pausedUntil", pausedUntil.toString(), "failures", failures,
                "window", window.toString());
    }
}
