package dev.gatehouse.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.Outcome;
import dev.gatehouse.testsupport.AuditRows;
import dev.gatehouse.testsupport.ClockAndEventsConfiguration;
import dev.gatehouse.testsupport.CommittingPublisher;
import dev.gatehouse.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit trail as the other modules use it: they publish events in their transactions, and rows appear. */
@SpringBootTest(properties = "gatehouse.audit.purge-batch-size=3")
@Import(ClockAndEventsConfiguration.class)
class AuditTrailIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChain chain;

    @Autowired
    AuditRecorder recorder;

    @Autowired
    AuditRetention retention;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditRedelivery redelivery;

    CommittingPublisher publisher;

    @BeforeEach
    void publisher() {
        publisher = new CommittingPublisher(events, transactions);
    }

    @Test
    void recordsEveryFieldOfAnEventPublishedInACommittedTransaction() {
        Instant at = Instant.parse("2026-06-01T09:00:00.123456789Z");
        var event = AuditTestEvent.of(at, AuditAction.CREDENTIALS_ISSUED, "Alice",
                Map.of("roleArn", "arn:aws:iam::111122223333:role/GatehouseReserved_ReadOnly",
                        "accessKeyId", "ASIAIOSFODNN7EXAMPLE", "durationSeconds", 3600))
                .in("111122223333", "ReadOnly");

        publisher.publish(event);

        AuditEventView row = awaitRecorded(event);
        assertThat(row.time()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
        assertThat(row.action()).isEqualTo("CredentialsIssued");
        assertThat(row.outcome()).isEqualTo("SUCCESS");
        assertThat(row.knownOutcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(row.actorUserId()).isEqualTo(event.origin().userId());
        assertThat(row.actorUsername()).isEqualTo("Alice");
        assertThat(row.clientAddress()).isEqualTo("192.0.2.10");
        assertThat(row.userAgent()).isEqualTo("Mozilla/5.0 (X11; Linux x86_64) TestBrowser/1.0");
        assertThat(row.accountId()).isEqualTo("111122223333");
        assertThat(row.permissionSet()).isEqualTo("ReadOnly");
        assertThat(row.detailsJson()).contains("\"accessKeyId\":\"ASIAIOSFODNN7EXAMPLE\"", "\"durationSeconds\":3600",
                "GatehouseReserved_ReadOnly");
        assertThat(row.hash()).hasSize(64);
        await().untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ?", Long.class,
                "%" + event.requestId() + "%")).isZero());
    }

    @Test
    void nothingIsRecordedForARolledBackChangeAndTheRestOfTheTransactionsAreUnaffected() {
        var committed = AuditTestEvent.of(clock.instant(), AuditAction.ADMIN_CHANGE, "bob", Map.of("what", "kept"));
        var rolledBack = AuditTestEvent.of(clock.instant(), AuditAction.ADMIN_CHANGE, "bob", Map.of("what", "undone"));
        var unrelatedRolledBack = AuditTestEvent.of(clock.instant(), AuditAction.ADMIN_CHANGE, "carol",
                Map.of("what", "other"));
        TransactionTemplate inner = new TransactionTemplate(transactions.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        transactions.executeWithoutResult(outer -> {
            events.publishEvent(committed);
            inner.executeWithoutResult(nested -> {
                events.publishEvent(rolledBack);
                nested.setRollbackOnly();
            });
        });
        transactions.executeWithoutResult(other -> {
            events.publishEvent(unrelatedRolledBack);
            other.setRollbackOnly();
        });
        var marker = AuditTestEvent.of(clock.instant(), AuditAction.ADMIN_CHANGE, "bob", Map.of("what", "marker"));
        publisher.publish(marker);

        awaitRecorded(committed);
        awaitRecorded(marker);
        assertThat(rowsOf(rolledBack)).isZero();
        assertThat(rowsOf(unrelatedRolledBack)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Long.class, "%" + rolledBack.requestId() + "%")).isZero();
    }

    @Test
    void anEventWhoseRecordingFailedStaysRegisteredAndIsRecordedWhenRedelivered() {
        var event = AuditTestEvent.of(clock.instant(), AuditAction.CREDENTIALS_ISSUED, "judy",
                Map.of("accessKeyId", "ASIAEXAMPLE000000009"));
        jdbc.execute("alter table audit_chain rename to audit_chain_unavailable");
        try {
            publisher.publish(event);
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                    "select count(*) from event_publication where serialized_event like ? and status = 'FAILED'",
                    Long.class, "%" + event.requestId() + "%") == 1);
            assertThat(rowsOf(event)).isZero();
        }
        finally {
            jdbc.execute("alter table audit_chain_unavailable rename to audit_chain");
        }

        redelivery.redeliverFailedOlderThan(Duration.ofMinutes(1));
        assertThat(jdbc.queryForObject("select status from event_publication where serialized_event like ?",
                String.class, "%" + event.requestId() + "%")).as("too recent to retry").isEqualTo("FAILED");
        redelivery.redeliverFailedOlderThan(Duration.ZERO);

        awaitRecorded(event);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEventPublishedOutsideATransactionIsNotRecordedSoPublishersMustOpenOne() {
        var outside = AuditTestEvent.of(clock.instant(), AuditAction.SIGN_OUT, "dave", Map.of());
        events.publishEvent(outside);
        var marker = AuditTestEvent.of(clock.instant(), AuditAction.SIGN_OUT, "dave", Map.of());
        publisher.publish(marker);

        awaitRecorded(marker);
        assertThat(rowsOf(outside)).isZero();
    }

    @Test
    void anEventDeliveredTwiceIsRecordedOnce() {
        var event = AuditTestEvent.of(clock.instant(), AuditAction.CONSOLE_SIGN_IN, "erin",
                Map.of("destination", "https://console.aws.amazon.com/s3/home"));

        assertThat(chain.append(recorder.toRow(event))).isTrue();
        assertThat(chain.append(recorder.toRow(event))).isFalse();

        assertThat(rowsOf(event)).isOne();
    }

    @Test
    void secretsAnEventShouldNeverHaveCarriedAreRedactedAndTheAccessKeyIdIsKept() {
        String secretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        String sessionToken = "IQoJb3JpZ2luX2VjEXAMPLE".repeat(12);
        var event = AuditTestEvent.of(clock.instant(), AuditAction.CREDENTIALS_ISSUED, "frank", Map.of(
                "accessKeyId", "ASIAIOSFODNN7EXAMPLE",
                "credentials", Map.of("secretAccessKey", secretKey, "sessionToken", sessionToken),
                "note", secretKey,
                "url", "https://signin.aws.amazon.com/federation?Action=login&SigninToken=abc123",
                "after", Map.of("user", Map.of("password", "hunter2-hunter2"))));

        publisher.publish(event);

        String details = awaitRecorded(event).detailsJson();
        assertThat(details).contains("ASIAIOSFODNN7EXAMPLE", "[redacted]")
                .doesNotContain(secretKey, sessionToken, "abc123", "hunter2");
    }

    @Test
    void detailsTooLongForARowAreShortenedNotLost() {
        var event = AuditTestEvent.of(clock.instant(), AuditAction.ADMIN_CHANGE, "grace",
                Map.of("before", Map.of("inlinePolicy", "{\"Statement\": [] }".repeat(10_000)),
                        "after", Map.of("inlinePolicy", "{\"Version\": \"2012-10-17\"}".repeat(10_000))));

        publisher.publish(event);

        String details = awaitRecorded(event).detailsJson();
        assertThat(details.length()).isLessThanOrEqualTo(AuditDetails.MAX_LENGTH);
        assertThat(details).contains("\"_shortened\":true", "characters)", "{\\\"Statement\\\": [] }");
    }

    @Test
    void eventsFromManyThreadsAtOnceFormOneUnbrokenChain() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<AuditTestEvent> published = new ArrayList<>();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            var event = AuditTestEvent.of(clock.instant(), AuditAction.SIGN_IN, "user" + i, Map.of("n", i));
            published.add(event);
            done.add(threads.submit(() -> publisher.publish(event)));
        }
        for (Future<?> future : done) {
            future.get();
        }
        threads.shutdown();

        published.forEach(this::awaitRecorded);
        ChainVerification verification = audit.verify();
        assertThat(verification.intact()).as("%s", verification).isTrue();
        assertThat(verification.checked()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void verificationFindsTheFirstRowAlteredRemovedOrCutOffInTheDatabase() {
        List<AuditEventView> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            var event = AuditTestEvent.of(clock.instant(), AuditAction.ADMIN_CHANGE, "heidi", Map.of("step", i));
            chain.append(recorder.toRow(event));
            rows.add(awaitRecorded(event));
        }
        assertThat(audit.verify().intact()).isTrue();
        AuditEventView second = rows.get(1);

        jdbc.update("update audit_events set details = ? where id = ?", "{\"step\":99}", second.id());
        assertThat(audit.verify()).extracting(ChainVerification::brokenAt, ChainVerification::problem)
                .containsExactly(second.id(), ChainVerification.Problem.ALTERED);
        jdbc.update("update audit_events set details = ? where id = ?", second.detailsJson(), second.id());
        assertThat(audit.verify().intact()).isTrue();

        jdbc.update("update audit_events set outcome = 'FORGED' where id = ?", second.id());
        assertThat(audit.verify()).extracting(ChainVerification::brokenAt, ChainVerification::problem)
                .containsExactly(second.id(), ChainVerification.Problem.ALTERED);
        assertThat(audit.find(second.id())).get().returns("FORGED", AuditEventView::outcome)
                .returns(null, AuditEventView::knownOutcome);
        jdbc.update("update audit_events set outcome = ? where id = ?", second.outcome(), second.id());
        assertThat(audit.verify().intact()).isTrue();

        jdbc.update("update audit_events set actor_username = 'mallory', actor_key = 'mallory', hash = ? where id = ?",
                "0".repeat(64), second.id());
        assertThat(audit.verify()).extracting(ChainVerification::brokenAt, ChainVerification::problem)
                .containsExactly(second.id(), ChainVerification.Problem.ALTERED);
        jdbc.update("update audit_events set actor_username = 'heidi', actor_key = 'heidi', hash = ? where id = ?",
                second.hash(), second.id());

        String secondKey = eventKey(second);
        jdbc.update("delete from audit_events where id = ?", second.id());
        assertThat(audit.verify()).extracting(ChainVerification::brokenAt, ChainVerification::problem)
                .containsExactly(rows.get(2).id(), ChainVerification.Problem.UNLINKED);
        restore(second, secondKey);
        assertThat(audit.verify().intact()).isTrue();

        AuditEventView newest = rows.get(3);
        String newestKey = eventKey(newest);
        jdbc.update("delete from audit_events where id = ?", newest.id());
        assertThat(audit.verify()).extracting(ChainVerification::brokenAt, ChainVerification::problem)
                .containsExactly(newest.id(), ChainVerification.Problem.TRUNCATED);
        restore(newest, newestKey);
        assertThat(audit.verify()).returns(true, ChainVerification::intact)
                .returns(newest.id(), ChainVerification::headId).returns(newest.hash(), ChainVerification::headHash);
    }

    @Test
    void retentionPurgeDeletesTheExpiredStartOfTheTrailInBatchesAndRecordsIt() {
        clock.advance(Duration.ofDays(3000));
        Instant now = clock.instant();
        var oldest = AuditTestEvent.of(now.minus(Duration.ofDays(900)), AuditAction.SIGN_IN, "ivan", Map.of());
        var old = AuditTestEvent.of(now.minus(Duration.ofDays(401)), AuditAction.SIGN_IN, "ivan", Map.of());
        var recent = AuditTestEvent.of(now.minus(Duration.ofDays(399)), AuditAction.SIGN_IN, "ivan", Map.of());
        var oldAfterRecent = AuditTestEvent.of(now.minus(Duration.ofDays(700)), AuditAction.SIGN_IN, "ivan", Map.of());
        for (var event : List.of(oldest, old, recent, oldAfterRecent)) {
            chain.append(recorder.toRow(event));
        }
        long recentId = awaitRecorded(recent).id();
        long expired = jdbc.queryForObject("select count(*) from audit_events where id < ?", Long.class, recentId);

        long deleted = retention.purge();

        assertThat(deleted).isEqualTo(expired).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select min(id) from audit_events", Long.class)).isEqualTo(recentId);
        assertThat(rowsOf(oldest)).isZero();
        assertThat(rowsOf(old)).isZero();
        assertThat(rowsOf(recent)).isOne();
        assertThat(rowsOf(oldAfterRecent)).as("kept until the rows before it expire").isOne();
        await().untilAsserted(() -> assertThat(audit.search(new AuditFilter("system", null, null,
                AuditAction.AUDIT_PURGED, null, now, null), null, 5).events())
                .singleElement()
                .satisfies(purged -> assertThat(purged.detailsJson()).contains("\"deleted\":" + deleted,
                        "\"retentionDays\":400")));
        assertThat(audit.verify().intact()).as("the new first row links to the purge's anchor").isTrue();
        assertThat(retention.purge()).isZero();
    }

    private String eventKey(AuditEventView row) {
        return jdbc.queryForObject("select event_key from audit_events where id = ?", String.class, row.id());
    }

    private void restore(AuditEventView row, String eventKey) {
        jdbc.update("insert into audit_events (id, hash, " + AuditChain.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?)", row.id(), row.hash(),
                java.time.OffsetDateTime.ofInstant(row.time(), java.time.ZoneOffset.UTC), row.action(),
                row.outcome(), row.actorUserId(), row.actorUsername(),
                row.actorUsername() == null ? null : row.actorUsername().toLowerCase(java.util.Locale.ROOT),
                row.clientAddress(), row.userAgent(), row.requestId(), row.accountId(), row.permissionSet(),
                row.detailsJson(), eventKey, row.previousHash());
    }

    private long rowsOf(AuditTestEvent event) {
        return jdbc.queryForObject("select count(*) from audit_events where request_id = ?", Long.class,
                event.requestId());
    }

    private AuditEventView awaitRecorded(AuditTestEvent event) {
        List<Map<String, Object>> rows = new AuditRows(jdbc).awaitRowsOf(event.requestId());
        assertThat(rows).as("rows of %s", event.requestId()).hasSize(1);
        return audit.find(((Number) rows.get(0).get("id")).longValue()).orElseThrow();
    }
}
