/**
 * The audit trail: an append-only record of every {@link dev.gatehouse.shared.AuditableEvent} any module
 * publishes, written by one listener through Spring Modulith's event publication registry, so an event of a
 * committed transaction is recorded even if the node stops right after the commit. Rows are chained by SHA-256
 * hashes; the application has no path to change or delete one, except the retention purge of the oldest rows,
 * which records itself. {@link dev.gatehouse.audit.AuditLog} is the query side: filters, keyset paging, streamed
 * export and the chain verification. This module knows no other module.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.gatehouse.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
