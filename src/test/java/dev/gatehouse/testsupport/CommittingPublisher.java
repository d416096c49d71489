package dev.gatehouse.testsupport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes events as the modules do, inside a transaction that commits, so that transactional listeners such as
 * the audit trail receive them.
 */
public final class CommittingPublisher {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    public CommittingPublisher(ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    /** Publishes {@code event} in a new transaction and commits it; returns the event. */
    public <E> E publish(E event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        return event;
    }
}
