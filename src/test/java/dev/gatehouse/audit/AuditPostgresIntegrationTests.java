package dev.gatehouse.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariDataSource;
import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.testsupport.AuditRows;
import dev.gatehouse.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail on PostgreSQL: the event publication registry, the chain with a second node appending
 * through its own connections at the same time, keyset paging and the cursor-based export.
 */
@SpringBootTest
class AuditPostgresIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditRecorder recorder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoNodesAppendingAtOnceWriteOneUnbrokenChain() throws Exception {
        try (HikariDataSource otherNode = new HikariDataSource()) {
            otherNode.setJdbcUrl(database().url());
            otherNode.setUsername(database().username());
            otherNode.setPassword(database().password());
            AuditChain otherChain = new AuditChain(JdbcClient.create(otherNode), new JdbcTemplate(otherNode),
                    new DataSourceTransactionManager(otherNode));
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            Instant now = Instant.now();
            for (int i = 0; i < 80; i++) {
                int n = i;
                var event = AuditTestEvent.of(now, AuditAction.SIGN_IN, "node-user-" + n, Map.of("n", n));
                done.add(threads.submit(() -> {
                    if (n % 2 == 0) {
                        transactions.executeWithoutResult(status -> events.publishEvent(event));
                    }
                    else {
                        otherChain.append(recorder.toRow(event));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            threads.shutdown();
        }
        new AuditRows(jdbc).awaitRecorded();

        assertThat(jdbc.queryForObject("select count(*) from audit_events where actor_key like 'node-user-%'",
                Long.class)).isEqualTo(80);
        ChainVerification verification = audit.verify();
        assertThat(verification.intact()).as("%s", verification).isTrue();
        assertThat(verification.checked()).isGreaterThanOrEqualTo(80);
    }

    /** PostgreSQL refuses a NUL in text: a sign-in attempt typed with one must not block the trail's recording. */
    @Test
    void aUsernameTypedWithANulCharacterIsRecorded() {
        var event = AuditTestEvent.of(Instant.now(), AuditAction.SIGN_IN_FAILED, "nul\u0000typed",
                Map.of("reason", "bad-credentials"));

        transactions.executeWithoutResult(status -> events.publishEvent(event));
        new AuditRows(jdbc).awaitRecorded();

        assertThat(jdbc.queryForObject("select actor_username from audit_events where request_id = ?", String.class,
                event.requestId())).isEqualTo("nul\uFFFDtyped");
        assertThat(audit.search(new AuditFilter("NUL\uFFFDtyped", null, null, null, null, null, null), null, 5)
                .events()).extracting(AuditEventView::requestId).containsExactly(event.requestId());
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void filtersPagesAndExportsOnPostgres() {
        Instant start = Instant.parse("2025-05-05T05:05:05.123456Z");
        for (int i = 0; i < 7; i++) {
            var event = AuditTestEvent.of(start.plus(Duration.ofMinutes(i % 3)), AuditAction.CREDENTIALS_ISSUED,
                    "Paged-User", Map.of("i", i)).in("210987654321", "ReadOnly");
            transactions.executeWithoutResult(status -> events.publishEvent(event));
        }
        new AuditRows(jdbc).awaitRecorded();
        var filter = new AuditFilter("paged-user", "210987654321", "readonly", AuditAction.CREDENTIALS_ISSUED, null,
                start, start.plus(Duration.ofHours(1)));

        List<Long> paged = new ArrayList<>();
        AuditCursor cursor = null;
        do {
            AuditPage page = audit.search(filter, cursor, 3);
            page.events().forEach(event -> paged.add(event.id()));
            cursor = page.next() == null ? null : AuditCursor.parse(page.next().token()).orElseThrow();
        }
        while (cursor != null);
        List<Long> exported = new ArrayList<>();
        audit.export(filter, event -> exported.add(event.id()));

        AuditEventView oldest = audit.find(paged.get(paged.size() - 1)).orElseThrow();
        List<Long> back = new ArrayList<>();
        AuditCursor newer = new AuditCursor(oldest.time(), oldest.id());
        do {
            AuditPage page = audit.searchNewer(filter, newer, 3);
            back.addAll(0, page.events().stream().map(AuditEventView::id).toList());
            newer = page.newer();
        }
        while (newer != null);

        assertThat(paged).hasSize(7).doesNotHaveDuplicates().isEqualTo(exported);
        assertThat(back).isEqualTo(paged.subList(0, 6));
        assertThat(audit.find(paged.get(0)).orElseThrow().time()).isEqualTo(start.plus(Duration.ofMinutes(2)));
    }
}
