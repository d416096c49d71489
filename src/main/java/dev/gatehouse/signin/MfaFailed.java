package dev.gatehouse.signin;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;

/**
 * A second factor was refused: at sign-in, or when the user confirmed a sensitive change. Never holds the code.
 *
 * @param method {@code code} (authenticator app or recovery code), {@code passkey}, {@code reauthentication}
 *        or {@code none} (no device, and the policy blocks such sign-ins)
 * @param reason {@code wrong-code}, {@code replayed}, {@code paused}, {@code not-accepted} or {@code no-device}
 * @param paused whether this failure paused the user's second step
 */
public record MfaFailed(Instant occurredAt, Origin origin, UUID userId, String username, String method, String reason,
        boolean paused) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return AuditAction.MFA_FAILED;
    }

    @Override
    public Outcome outcome() {
        return Outcome.FAILURE;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("userId", userId.toString(), "username", username, "method", method, "reason", reason,
                "paused", paused);
    }
}
