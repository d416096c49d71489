package dev.gatehouse.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Audit events newest first, the cursor of the next (older) page, null on the last page, and the cursor of the
 * newer page ({@link AuditLog#searchNewer}), null on the newest page.
 */
public record AuditPage(List<AuditEventView> events, @Nullable AuditCursor next, @Nullable AuditCursor newer) {
}
