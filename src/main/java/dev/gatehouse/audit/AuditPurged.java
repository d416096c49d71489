package dev.gatehouse.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;

/**
 * The retention purge deleted the oldest audit events, those up to and including {@code throughId}, all older
 * than {@code olderThan}. Recorded in the trail itself, so a gap at its start is always explained.
 */
public record AuditPurged(Instant occurredAt, Origin origin, long deleted, long throughId, Instant olderThan,
        Duration retention) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return AuditAction.AUDIT_PURGED;
    }

    @Override
    public Outcome outcome() {
        return Outcome.SUCCESS;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("deleted", deleted, "throughId", throughId, "olderThan", olderThan.toString(),
                "retentionDays", retention.toDays());
    }
}
