package dev.gatehouse.shared;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A domain event the audit trail records. Modules publish their own past-tense event records and implement
 * this, so the audit module records them by listening, without knowing the modules. Events are serialised to
 * the event publication registry: they must never hold a secret (no secret key, session token, sign-in URL,
 * password, TOTP seed or bearer token).
 */
public interface AuditableEvent {

    Instant occurredAt();

    AuditAction action();

    Outcome outcome();

    Origin origin();

    /** The 12-digit AWS account the event concerns, if any. */
    default @Nullable String accountId() {
        return null;
    }

    /** The permission set's name the event concerns, if any. */
    default @Nullable String permissionSet() {
        return null;
    }

    /** Everything else worth recording, as JSON-ready values (strings, numbers, booleans, maps, lists, records). */
    Map<String, Object> details();
}
