package dev.gatehouse.signin;

import java.time.Instant;
import java.util.Map;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;

/** Someone signed out of the browser portal. */
public record SignedOut(Instant occurredAt, Origin origin) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return AuditAction.SIGN_OUT;
    }

    @Override
    public Outcome outcome() {
        return Outcome.SUCCESS;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of();
    }
}
