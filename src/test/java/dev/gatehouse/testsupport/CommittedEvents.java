package dev.gatehouse.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.gatehouse.shared.AuditableEvent;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Auditable events as a transactional listener (like the audit trail's) receives them: only those published
 * inside a transaction that committed.
 */
@TestComponent
public class CommittedEvents {

    private final List<AuditableEvent> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(AuditableEvent event) {
        events.add(event);
    }

    public <T extends AuditableEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
