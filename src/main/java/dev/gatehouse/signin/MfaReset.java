package dev.gatehouse.signin;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;

/**
 * An administrator removed all of a user's MFA devices and recovery codes; the origin is the administrator.
 *
 * @param userId the user whose devices were removed
 */
public record MfaReset(Instant occurredAt, Origin origin, UUID userId, String username, int authenticatorApps,
        int passkeys, int recoveryCodes) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return AuditAction.MFA_RESET;
    }

    @Override
    public Outcome outcome() {
        return Outcome.SUCCESS;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("userId", userId.toString(), "username", username, "authenticatorApps", authenticatorApps,
                "passkeys", passkeys, "recoveryCodes", recoveryCodes);
    }
}
