package dev.gatehouse.signin;

import java.time.Instant;
import java.util.Map;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;

/**
 * Someone completed a sign-in to the browser portal (a password still owing its second step is not one).
 *
 * @param method how: {@code password} with its second step ({@code password+totp}), {@code passkey}, or
 *        {@code oidc:{registrationId}} (a provider)
 */
public record SignedIn(Instant occurredAt, Origin origin, String method) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return AuditAction.SIGN_IN;
    }

    @Override
    public Outcome outcome() {
        return Outcome.SUCCESS;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("method", method);
    }
}
