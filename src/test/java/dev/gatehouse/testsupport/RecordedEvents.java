package dev.gatehouse.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.gatehouse.shared.AuditableEvent;
import org.springframework.context.event.EventListener;

/**
 * Collects the auditable events the application publishes, on whatever thread: register it as a bean in tests
 * that drive a running server, where Spring's {@code ApplicationEvents} (bound to the test thread) sees nothing.
 */
public final class RecordedEvents {

    private final List<AuditableEvent> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(AuditableEvent event) {
        events.add(event);
    }

    public <E extends AuditableEvent> List<E> of(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void clear() {
        events.clear();
    }
}
