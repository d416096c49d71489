package dev.gatehouse.credentials;

import java.time.Instant;
import java.util.Map;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;

/**
 * Temporary credentials were handed to a user. Holds the access key id (to find the session in CloudTrail) and
 * never the secret access key or the session token.
 */
public record CredentialsIssued(Instant occurredAt, Origin origin, String accountId, String permissionSet,
        String roleArn, long durationSeconds, String accessKeyId, Instant expiration, boolean cappedByRoleChaining)
        implements AuditableEvent {

    @Override
    public AuditAction action() {
        return AuditAction.CREDENTIALS_ISSUED;
    }

    @Override
    public Outcome outcome() {
        return Outcome.SUCCESS;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("roleArn", roleArn, "durationSeconds", durationSeconds, "accessKeyId", accessKeyId,
                "expiration", expiration.toString(), "cappedByRoleChaining", cappedByRoleChaining);
    }
}
