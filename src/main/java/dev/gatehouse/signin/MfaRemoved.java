package dev.gatehouse.signin;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;

/**
 * A directory user removed one of their MFA devices.
 *
 * @param method {@code authenticator-app} or {@code passkey}
 */
public record MfaRemoved(Instant occurredAt, Origin origin, UUID userId, String username, String method,
        String deviceName) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return AuditAction.MFA_REMOVED;
    }

    @Override
    public Outcome outcome() {
        return Outcome.SUCCESS;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("userId", userId.toString(), "username", username, "method", method, "deviceName", deviceName);
    }
}
