package dev.gatehouse.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends rows to the hash chain and verifies it. Every append runs in its own transaction that locks the one
 * {@code audit_chain} row ({@code select ... for update}) until it commits, so appends from any number of nodes
 * are serialised and each row links to the one committed before it. Within a node a lock held across the
 * transaction queues appends in memory, so they never wait on the database lock of their own node.
 */
@Component
class AuditChain {

    static final String COLUMNS = "occurred_at, action, outcome, actor_user_id, actor_username, actor_key, "
            + "client_address, user_agent, request_id, account_id, permission_set, details, event_key, previous_hash";

    private static final String HEAD = "select head_id, head_hash, anchor_hash from audit_chain where id = 1";
    private static final RowMapper<Head> HEADS = (rs, n) -> new Head(rs.getObject("head_id", Long.class),
            rs.getString("head_hash"), rs.getString("anchor_hash"));

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate ownTransaction;
    private final ReentrantLock nodeLock = new ReentrantLock(true);

    AuditChain(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Appends the row after the newest one; returns false, appending nothing, when a row for the same event
     * exists already (an event delivered twice).
     */
    boolean append(AuditRow row) {
        return Boolean.TRUE.equals(locked(head -> appendAfter(head, row)));
    }

    /**
     * Runs {@code work} in a new transaction that holds the chain's lock until it commits, and returns its result.
     */
    <T> @Nullable T locked(Function<Head, T> work) {
        nodeLock.lock();
        try {
            return ownTransaction.execute(status -> work.apply(lockHead()));
        }
        finally {
            nodeLock.unlock();
        }
    }

    private boolean appendAfter(Head head, AuditRow row) {
        if (row.eventKey() != null && jdbc.sql("select count(*) from audit_events where event_key = ?")
                .param(row.eventKey()).query(Long.class).single() > 0) {
            log.debug("Audit event {} is recorded already", row.eventKey());
            return false;
        }
        AuditRow linked = row.withPreviousHash(head.hash());
        String hash = linked.hash();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into audit_events (" + COLUMNS + ", hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.ofInstant(linked.occurredAt(), ZoneOffset.UTC), linked.action(),
                        linked.outcome(), linked.actorUserId(), linked.actorUsername(), linked.actorKey(),
                        linked.clientAddress(), linked.userAgent(), linked.requestId(), linked.accountId(),
                        linked.permissionSet(), linked.details(), linked.eventKey(), linked.previousHash(), hash)
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey()).longValue();
        jdbc.sql("update audit_chain set head_id = ?, head_hash = ? where id = 1").params(id, hash).update();
        return true;
    }

    private Head lockHead() {
        return jdbc.sql(HEAD + " for update").query(HEADS).single();
    }

    /**
     * Checks every row from the oldest kept, which must link to the purge's anchor, through the chain's head
     * (and rows appended since), on one snapshot where the database offers it; stops at the first break.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ChainVerification verify() {
        Head head = jdbc.sql(HEAD).query(HEADS).single();
        return template.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("select id, hash, " + COLUMNS
                    + " from audit_events order by id");
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        }, (ResultSet rs) -> walk(rs, head));
    }

    private static ChainVerification walk(ResultSet rs, Head head) throws SQLException {
        long checked = 0;
        @Nullable String expectedPrevious = head.anchorHash();
        boolean sawHead = head.id() == null;
        while (rs.next()) {
            long id = rs.getLong("id");
            AuditRow row = read(rs);
            if (!Objects.equals(row.previousHash(), expectedPrevious)) {
                return broken(checked, head, id, ChainVerification.Problem.UNLINKED);
            }
            String stored = rs.getString("hash");
            if (!row.hash().equals(stored)) {
                return broken(checked, head, id, ChainVerification.Problem.ALTERED);
            }
            if (head.id() != null && id == head.id()) {
                if (!stored.equals(head.hash())) {
                    return broken(checked, head, id, ChainVerification.Problem.ALTERED);
                }
                sawHead = true;
            }
            expectedPrevious = stored;
            checked++;
        }
        if (!sawHead) {
            return broken(checked, head, head.id(), ChainVerification.Problem.TRUNCATED);
        }
        return new ChainVerification(checked, head.id(), head.hash(), null, null);
    }

    private static ChainVerification broken(long checked, Head head, long at, ChainVerification.Problem problem) {
        return new ChainVerification(checked, head.id(), head.hash(), at, problem);
    }

    /** The row's stored content, read from a result set selecting {@link #COLUMNS}. */
    static AuditRow read(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("action"),
                rs.getString("outcome"), rs.getObject("actor_user_id", UUID.class), rs.getString("actor_username"),
                rs.getString("actor_key"), rs.getString("client_address"), rs.getString("user_agent"),
                rs.getString("request_id"), rs.getString("account_id"), rs.getString("permission_set"),
                rs.getString("details"), rs.getString("event_key"), rs.getString("previous_hash"));
    }

    record Head(@Nullable Long id, @Nullable String hash, @Nullable String anchorHash) {
    }
}
