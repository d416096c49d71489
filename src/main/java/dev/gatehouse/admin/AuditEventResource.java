package dev.gatehouse.admin;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.gatehouse.audit.AuditEventView;
import org.jspecify.annotations.Nullable;

/** One audit event as the admin API and the JSON Lines export write it; {@code details} is the stored JSON object. */
record AuditEventResource(long id, Instant time, String action, String outcome, Actor actor,
        @Nullable String clientAddress, @Nullable String userAgent, @Nullable String requestId,
        @Nullable String accountId, @Nullable String permissionSet, @JsonRawValue String details) {

    record Actor(@Nullable UUID userId, @Nullable String username) {
    }

    static AuditEventResource of(AuditEventView event) {
        return new AuditEventResource(event.id(), event.time(), event.action(), event.outcome(),
                new Actor(event.actorUserId(), event.actorUsername()), event.clientAddress(), event.userAgent(),
                event.requestId(), event.accountId(), event.permissionSet(), event.detailsJson());
    }
}
