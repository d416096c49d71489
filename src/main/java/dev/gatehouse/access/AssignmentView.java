package dev.gatehouse.access;

import java.time.Instant;
import java.util.UUID;

/**
 * An assignment with the names of what it joins.
 *
 * @param principalName the user's username or the group's name
 */
public record AssignmentView(UUID id, PrincipalType principalType, UUID principalId, String principalName,
        String accountId, String accountName, UUID permissionSetId, String permissionSetName, Instant createdAt) {
}
