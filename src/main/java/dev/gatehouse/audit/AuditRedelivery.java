package dev.gatehouse.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again, every few minutes, to record events whose recording failed (the database was briefly
 * unreachable, say), instead of leaving them in the event publication registry until the next restart. Only the
 * audit listener's own publications are retried; an event that is recorded meanwhile is recorded once.
 */
@Component
class AuditRedelivery {

    static final Duration AFTER = Duration.ofMinutes(5);

    private final IncompleteEventPublications publications;
    private final Clock clock;

    AuditRedelivery(IncompleteEventPublications publications, Clock clock) {
        this.publications = publications;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT5M")
    void redeliverFailed() {
        redeliverFailedOlderThan(AFTER);
    }

    void redeliverFailedOlderThan(Duration age) {
        Instant before = clock.instant().minus(age);
        publications.resubmitIncompletePublications(publication -> publication.getStatus() == EventPublication.Status.FAILED
                && !publication.getPublicationDate().isAfter(before)
                && publication instanceof TargetEventPublication target
                && AuditRecorder.LISTENER_ID.equals(target.getTargetIdentifier().getValue()));
    }
}
