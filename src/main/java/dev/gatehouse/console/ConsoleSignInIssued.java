package dev.gatehouse.console;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;

/**
 * A user was sent to the AWS console. Names the destination (never the login URL or sign-in token) and the
 * access key id of the role session behind the console session (to find it in CloudTrail).
 *
 * @param roleChained whether the session was role-chained, so that AWS chose the console session's length
 */
public record ConsoleSignInIssued(Instant occurredAt, Origin origin, String accountId, String permissionSet,
        String roleArn, String destination, String accessKeyId, boolean roleChained) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return AuditAction.CONSOLE_SIGN_IN;
    }

    @Override
    public Outcome outcome() {
        return Outcome.SUCCESS;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("roleArn", roleArn);
        details.put("destination", destination);
        details.put("accessKeyId", accessKeyId);
        details.put("roleChained", roleChained);
        return details;
    }
}
