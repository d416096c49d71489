package dev.gatehouse.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import dev.gatehouse.shared.Origin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes events older than {@code gatehouse.audit.retention}, oldest first, in batches of their own
 * transactions. Only a run of old rows at the start of the chain is deleted, so the chain stays whole: its new
 * first row links to the anchor stored with the chain head. Each run that deleted anything records
 * {@link AuditPurged}. Runs on several nodes at once are harmless: every batch holds the chain's lock.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcClient jdbc;
    private final AuditChain chain;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetention(JdbcClient jdbc, AuditChain chain, TransactionTemplate transactions,
            ApplicationEventPublisher events, AuditProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.transactions = transactions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${gatehouse.audit.purge-schedule:0 17 3 * * *}", zone = "UTC")
    void purgeOnSchedule() {
        long deleted = purge();
        if (deleted > 0) {
            log.info("Audit retention purge deleted {} events older than {}", deleted, properties.retention());
        }
    }

    /** Deletes the expired events and returns how many. */
    long purge() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(properties.retention());
        long deleted = 0;
        long throughId = 0;
        while (true) {
            Batch batch = chain.locked(head -> deleteBatch(cutoff));
            if (batch == null || batch.deleted() == 0) {
                break;
            }
            deleted += batch.deleted();
            throughId = batch.throughId();
            if (batch.deleted() < properties.purgeBatchSize()) {
                break;
            }
        }
        if (deleted > 0) {
            long total = deleted;
            long through = throughId;
            transactions.executeWithoutResult(status -> events.publishEvent(new AuditPurged(now, Origin.system(),
                    total, through, cutoff, properties.retention())));
        }
        return deleted;
    }

    private Batch deleteBatch(Instant cutoff) {
        List<Oldest> oldest = jdbc.sql("select id, occurred_at, hash from audit_events order by id limit ?")
                .param(properties.purgeBatchSize())
                .query((rs, n) -> new Oldest(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("hash")))
                .list();
        Oldest last = null;
        int expired = 0;
        for (Oldest row : oldest) {
            if (!row.occurredAt().isBefore(cutoff)) {
                break;
            }
            last = row;
            expired++;
        }
        if (last == null) {
            return new Batch(0, 0);
        }
        int deleted = jdbc.sql("delete from audit_events where id <= ?").param(last.id()).update();
        jdbc.sql("update audit_chain set anchor_hash = ? where id = 1").param(last.hash()).update();
        if (deleted != expired) {
            log.warn("Audit retention purge expected to delete {} events through #{} but deleted {}", expired,
                    last.id(), deleted);
        }
        return new Batch(deleted, last.id());
    }

    private record Oldest(long id, Instant occurredAt, String hash) {
    }

    private record Batch(int deleted, long throughId) {
    }
}
