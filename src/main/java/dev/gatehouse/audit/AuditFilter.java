package dev.gatehouse.audit;

import java.time.Instant;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * Which audit events to list; every null field matches everything.
 *
 * @param user the acting user's name (or the name tried at a failed sign-in), ignoring case
 * @param accountId the 12-digit AWS account id
 * @param permissionSet the permission set's name, ignoring case
 * @param from the earliest time, inclusive
 * @param to the latest time, exclusive
 */
public record AuditFilter(@Nullable String user, @Nullable String accountId, @Nullable String permissionSet,
        @Nullable AuditAction action, @Nullable Outcome outcome, @Nullable Instant from, @Nullable Instant to) {
}
