package dev.gatehouse.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.core.ConditionFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * The audit rows a request left, found by its {@code X-Request-Id}. Events are recorded asynchronously after their
 * transaction commits, so every read first waits: until no event publication is outstanding, or until the request's
 * own row is there.
 */
public final class AuditRows {

    private final JdbcTemplate jdbc;

    public AuditRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until every published event has been recorded (or failed), then returns the request's rows by id. */
    public List<Map<String, Object>> ofRequest(String requestId) {
        awaitRecorded();
        return rowsOf(requestId);
    }

    /**
     * Waits until the request has a row, whatever else is outstanding (a test may leave an event unrecorded on
     * purpose), then returns the request's rows by id.
     */
    public List<Map<String, Object>> awaitRowsOf(String requestId) {
        patiently().until(() -> jdbc.queryForObject("select count(*) from audit_events where request_id = ?",
                Long.class, requestId) > 0);
        return rowsOf(requestId);
    }

    public void awaitRecorded() {
        patiently().until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Long.class) == 0);
    }

    private List<Map<String, Object>> rowsOf(String requestId) {
        return jdbc.queryForList("select * from audit_events where request_id = ? order by id", requestId);
    }

    private static ConditionFactory patiently() {
        return await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20));
    }
}
