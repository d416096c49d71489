package dev.gatehouse.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Audit events newest first, and the cursor of the next (older) page, null on the last page. */
public record AuditPage(List<AuditEventView> events, @Nullable AuditCursor next) {
}
