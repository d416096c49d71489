package dev.gatehouse.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;
import org.jspecify.annotations.Nullable;

/** An auditable event of no module in particular, as any module might publish one. */
public record AuditTestEvent(Instant occurredAt, AuditAction action, Outcome outcome, Origin origin,
        @Nullable String accountId, @Nullable String permissionSet, Map<String, Object> details)
        implements AuditableEvent {

    /** An event from a browser request of {@code username}, whose request id tells it apart from all others. */
    public static AuditTestEvent of(Instant at, AuditAction action, String username, Map<String, Object> details) {
        Origin origin = new Origin(UUID.nameUUIDFromBytes(username.getBytes()), username, "192.0.2.10",
                "Mozilla/5.0 (X11; Linux x86_64) TestBrowser/1.0", UUID.randomUUID().toString());
        return new AuditTestEvent(at, action, Outcome.SUCCESS, origin, null, null, details);
    }

    /** The same, by the user with this id (a real user's, for pages that show a user's own events). */
    public AuditTestEvent by(UUID userId) {
        Origin by = new Origin(userId, origin.username(), origin.clientAddress(), origin.userAgent(), origin.requestId());
        return new AuditTestEvent(occurredAt, action, outcome, by, accountId, permissionSet, details);
    }

    public AuditTestEvent in(String account, String permissionSetName) {
        return new AuditTestEvent(occurredAt, action, outcome, origin, account, permissionSetName, details);
    }

    public AuditTestEvent at(Instant time) {
        return new AuditTestEvent(time, action, outcome, origin, accountId, permissionSet, details);
    }

    public AuditTestEvent withOutcome(Outcome result) {
        return new AuditTestEvent(occurredAt, action, result, origin, accountId, permissionSet, details);
    }

    public String requestId() {
        return java.util.Objects.requireNonNull(origin.requestId());
    }
}
