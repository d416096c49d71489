package dev.gatehouse.audit;

import java.time.temporal.ChronoUnit;
import java.util.Locale;

import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Sha256;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Records every {@link AuditableEvent}, whoever published it, after its transaction committed: nothing is
 * recorded for a change that was rolled back. Through the event publication registry an event is recorded
 * once its transaction committed, even if this node stops first (another start republishes it).
 */
@Component
class AuditRecorder {

    /** The listener's id in the event publication registry; keep it stable, it names outstanding publications. */
    static final String LISTENER_ID = "gatehouse.audit";

    static final int MAX_USERNAME = 64;
    static final int MAX_CLIENT_ADDRESS = 64;
    static final int MAX_USER_AGENT = 512;
    static final int MAX_REQUEST_ID = 64;
    static final int MAX_ACCOUNT_ID = 12;
    static final int MAX_PERMISSION_SET = 32;

    private final AuditChain chain;
    private final AuditDetails details;

    AuditRecorder(AuditChain chain, AuditDetails details) {
        this.chain = chain;
        this.details = details;
    }

    /** Appends in a transaction of its own (see {@link AuditChain}), so no connection is held while queued. */
    @ApplicationModuleListener(id = LISTENER_ID, propagation = Propagation.NOT_SUPPORTED)
    void on(AuditableEvent event) {
        chain.append(toRow(event));
    }

    AuditRow toRow(AuditableEvent event) {
        Origin origin = event.origin();
        String eventType = event.getClass().getName();
        String detailsJson = details.toJson(eventType, event.details());
        String username = cut(origin.username(), MAX_USERNAME);
        var row = new AuditRow(event.occurredAt().truncatedTo(ChronoUnit.MICROS), event.action().actionName(),
                event.outcome().name(), origin.userId(), username,
                username == null ? null : username.toLowerCase(Locale.ROOT),
                cut(origin.clientAddress(), MAX_CLIENT_ADDRESS), cut(origin.userAgent(), MAX_USER_AGENT),
                cut(origin.requestId(), MAX_REQUEST_ID), cut(event.accountId(), MAX_ACCOUNT_ID),
                cut(event.permissionSet(), MAX_PERMISSION_SET), detailsJson, null, null);
        // The same event, delivered again, gives the same key: its type and content, before any chaining.
        return row.withEventKey(Sha256.hex(eventType + '\n' + row.hash()));
    }

    /**
     * At most {@code max} characters, a NUL (which PostgreSQL refuses in text, so the event could never be recorded)
     * shown as U+FFFD. Usernames of failed sign-ins are typed by anyone.
     */
    private static @Nullable String cut(@Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        String text = value.replace('\u0000', '\uFFFD');
        return text.length() <= max ? text : text.substring(0, max);
    }
}
