package dev.gatehouse.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An auditable change an admin (or the start-up import) made to a record, in the shape of Keycloak's admin
 * events: {@code {"type": "user", "operation": "update", "target": "alice", "before": {...}, "after": {...}}}.
 * {@code before} and {@code after} hold the record's plain fields, never a password, hash or token.
 */
public interface AdminChangeEvent extends AuditableEvent {

    /** What kind of record changed: {@code user}, {@code group}, {@code account}, {@code permissionSet}, ... */
    String type();

    /** {@code create}, {@code update}, {@code delete}, or a narrower word such as {@code addMembers}. */
    String operation();

    /** The record's human name: a username, group name, account id, permission set name. */
    String target();

    /** The record's fields before the change; null for a creation. */
    default @Nullable Map<String, Object> before() {
        return null;
    }

    /** The record's fields after the change; null for a deletion. */
    default @Nullable Map<String, Object> after() {
        return null;
    }

    @Override
    default AuditAction action() {
        return AuditAction.ADMIN_CHANGE;
    }

    @Override
    default Outcome outcome() {
        return Outcome.SUCCESS;
    }

    @Override
    default Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", type());
        details.put("operation", operation());
        details.put("target", target());
        if (before() != null) {
            details.put("before", before());
        }
        if (after() != null) {
            details.put("after", after());
        }
        return details;
    }
}
