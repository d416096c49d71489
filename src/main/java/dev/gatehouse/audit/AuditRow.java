package dev.gatehouse.audit;

import java.time.Instant;
import java.util.UUID;

import dev.gatehouse.shared.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * The content of one audit row as stored, everything but its id and its own hash. The hash covers every
 * field and the previous row's hash, each written with its length, so no two different rows hash alike.
 */
record AuditRow(Instant occurredAt, String action, String outcome, @Nullable UUID actorUserId,
        @Nullable String actorUsername, @Nullable String actorKey, @Nullable String clientAddress,
        @Nullable String userAgent, @Nullable String requestId, @Nullable String accountId,
        @Nullable String permissionSet, String details, @Nullable String eventKey, @Nullable String previousHash) {

    AuditRow withEventKey(String key) {
        return new AuditRow(occurredAt, action, outcome, actorUserId, actorUsername, actorKey, clientAddress,
                userAgent, requestId, accountId, permissionSet, details, key, previousHash);
    }

    AuditRow withPreviousHash(@Nullable String previous) {
        return new AuditRow(occurredAt, action, outcome, actorUserId, actorUsername, actorKey, clientAddress,
                userAgent, requestId, accountId, permissionSet, details, eventKey, previous);
    }

    /** SHA-256 of the row's content and the previous row's hash, as 64 lower-case hex digits. */
    String hash() {
        StringBuilder content = new StringBuilder(256 + details.length());
        for (Object field : new Object[] { occurredAt, action, outcome, actorUserId, actorUsername, actorKey,
                clientAddress, userAgent, requestId, accountId, permissionSet, details, eventKey, previousHash }) {
            if (field == null) {
                content.append("-;");
            }
            else {
                String value = field.toString();
                content.append(value.length()).append(':').append(value).append(';');
            }
        }
        return Sha256.hex(content.toString());
    }

}
