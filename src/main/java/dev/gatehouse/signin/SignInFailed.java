package dev.gatehouse.signin;

import java.time.Instant;
import java.util.Map;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in attempt was refused. The origin names the username as typed; it has no user id, whether or not
 * such a user exists.
 *
 * @param method how the attempt was made, as in {@link SignedIn#method()}
 * @param reason {@code bad-credentials} (wrong password or unknown user), {@code disabled}, {@code paused}
 *        (refused during a lockout, see {@code pausedFor}), a provider's OAuth 2.0 error code (such as
 *        {@code access_denied} or {@code gatehouse_not_provisioned}) or {@code error}
 * @param pausedFor during a lockout, {@code username} or {@code address}; else null
 */
public record SignInFailed(Instant occurredAt, Origin origin, String method, String reason,
        @Nullable String pausedFor) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return AuditAction.SIGN_IN_FAILED;
    }

    @Override
    public Outcome outcome() {
        return Outcome.FAILURE;
    }

    @Override
    public Map<String, Object> details() {
        return pausedFor == null ? Map.of("method", method, "reason", reason)
                : Map.of("method", method, "reason", reason, "pausedFor", pausedFor);
    }
}
