package dev.gatehouse.signin;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;

/**
 * A directory user registered an MFA device, or a new set of recovery codes. Never holds a seed or a code.
 *
 * @param method {@code authenticator-app}, {@code passkey} or {@code recovery-codes}
 * @param deviceName the name the user gave the device
 */
public record MfaRegistered(Instant occurredAt, Origin origin, UUID userId, String username, String method,
        String deviceName) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return AuditAction.MFA_REGISTERED;
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
