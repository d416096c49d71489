package dev.gatehouse.access;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.shared.Origin;

/** A principal was assigned a permission set in an AWS account. */
public record AssignmentCreated(UUID assignmentId, PrincipalType principalType, UUID principalId, String principalName,
        String accountId, UUID permissionSetId, String permissionSetName, Origin origin, Instant occurredAt)
        implements AssignmentChange {

    static AssignmentCreated of(AssignmentView assignment, Origin origin, Instant occurredAt) {
        return new AssignmentCreated(assignment.id(), assignment.principalType(), assignment.principalId(),
                assignment.principalName(), assignment.accountId(), assignment.permissionSetId(),
                assignment.permissionSetName(), origin, occurredAt);
    }

    @Override
    public String operation() {
        return "create";
    }

    @Override
    public Map<String, Object> after() {
        return fields();
    }
}
