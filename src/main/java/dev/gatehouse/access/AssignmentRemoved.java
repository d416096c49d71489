package dev.gatehouse.access;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.Origin;

/** An assignment was removed; {@code reason} says whether directly or with the user, group, account or permission set it named. */
public record AssignmentRemoved(UUID assignmentId, PrincipalType principalType, UUID principalId, String principalName,
        String accountId, UUID permissionSetId, String permissionSetName, String reason, Origin origin, Instant occurredAt)
        implements AssignmentChange {

    static AssignmentRemoved of(AssignmentView assignment, String reason, Origin origin, Instant occurredAt) {
        return new AssignmentRemoved(assignment.id(), assignment.principalType(), assignment.principalId(),
                assignment.principalName(), assignment.accountId(), assignment.permissionSetId(),
                assignment.permissionSetName(), reason, origin, occurredAt);
    }

    @Override
    public String operation() {
        return "delete";
    }

    @Override
    public Map<String, Object> before() {
        Map<String, Object> fields = fields();
        fields.put("reason", reason);
        return fields;
    }
}
