package dev.gatehouse.audit;

import java.time.Instant;
import java.util.UUID;

import dev.gatehouse.shared.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * One recorded audit event.
 *
 * @param action the action's name as in {@link dev.gatehouse.shared.AuditAction#actionName()}, e.g. {@code SignIn}
 * @param outcome the outcome as stored: an {@link Outcome} name, unless the row was altered in the database (which
 *        {@link AuditLog#verify()} reports); shown as it is rather than hidden
 * @param actorUsername the acting user's name, the name tried at a failed sign-in, or {@code system}
 * @param detailsJson the details as a JSON object, exactly as stored
 * @param hash this row's SHA-256 chain hash
 * @param previousHash the hash of the row before it, null for the first row ever written
 */
public record AuditEventView(long id, Instant time, String action, String outcome, @Nullable UUID actorUserId,
        @Nullable String actorUsername, @Nullable String clientAddress, @Nullable String userAgent,
        @Nullable String requestId, @Nullable String accountId, @Nullable String permissionSet, String detailsJson,
        String hash, @Nullable String previousHash) {

    /** The stored outcome, or null when the row was altered to something that is not an outcome. */
    public @Nullable Outcome knownOutcome() {
        for (Outcome known : Outcome.values()) {
            if (known.name().equals(outcome)) {
                return known;
            }
        }
        return null;
    }
}
