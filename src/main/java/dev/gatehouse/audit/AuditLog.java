package dev.gatehouse.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import dev.gatehouse.shared.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: filtered pages newest first with keyset paging, one event, a user's own recent
 * activity, a streamed export and the hash chain's verification. There is no way to change or delete an event.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    /** The most events one page holds. */
    public static final int MAX_PAGE_SIZE = 500;

    private static final int EXPORT_FETCH_SIZE = 500;
    private static final String SELECT = "select id, hash, " + AuditChain.COLUMNS + " from audit_events";
    private static final String NEWEST_FIRST = " order by occurred_at desc, id desc";
    private static final List<String> OWN_ACTIVITY = List.of(AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED,
            AuditAction.LOCKOUT, AuditAction.CREDENTIALS_ISSUED, AuditAction.CONSOLE_SIGN_IN,
            AuditAction.MFA_REGISTERED, AuditAction.MFA_REMOVED, AuditAction.MFA_FAILED, AuditAction.MFA_RESET)
            .stream().map(AuditAction::actionName).toList();
    private static final List<String> ATTEMPTS_ON_NAME = List.of(AuditAction.SIGN_IN_FAILED.actionName(),
            AuditAction.LOCKOUT.actionName());

    private static final RowMapper<AuditEventView> VIEWS = (rs, n) -> view(rs);

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcTemplate template;
    private final AuditChain chain;

    AuditLog(NamedParameterJdbcTemplate jdbc, JdbcTemplate template, AuditChain chain) {
        this.jdbc = jdbc;
        this.template = template;
        this.chain = chain;
    }

    /**
     * Up to {@code limit} (at most {@value #MAX_PAGE_SIZE}) events matching the filter, newest first, starting
     * after {@code after} (null for the newest).
     */
    public AuditPage search(AuditFilter filter, @Nullable AuditCursor after, int limit) {
        int size = pageSize(limit);
        List<AuditEventView> rows = query(filter, after, false, size + 1);
        List<AuditEventView> page = List.copyOf(rows.subList(0, Math.min(size, rows.size())));
        AuditCursor next = rows.size() > size ? cursorOf(page.get(size - 1)) : null;
        // Paging only ever starts from a page's last event, so there is a newer one: the cursor's own.
        AuditCursor newer = after != null && !page.isEmpty() ? cursorOf(page.get(0)) : null;
        return new AuditPage(page, next, newer);
    }

    /**
     * The page of up to {@code limit} events matching the filter that comes right before (is newer than)
     * {@code before}, newest first, read from the same index as {@link #search} in the other direction. When fewer
     * than {@code limit} newer events are left, the answer is the newest page itself.
     */
    public AuditPage searchNewer(AuditFilter filter, AuditCursor before, int limit) {
        int size = pageSize(limit);
        List<AuditEventView> rows = query(filter, before, true, size + 1);
        if (rows.size() < size) {
            return search(filter, null, size);
        }
        List<AuditEventView> page = new ArrayList<>(rows.subList(0, size));
        Collections.reverse(page);
        AuditCursor newer = rows.size() > size ? cursorOf(page.get(0)) : null;
        return new AuditPage(List.copyOf(page), cursorOf(page.get(size - 1)), newer);
    }

    /** Up to {@code limit} rows beyond the cursor: older ones newest first, or newer ones oldest first. */
    private List<AuditEventView> query(AuditFilter filter, @Nullable AuditCursor cursor, boolean newer, int limit) {
        var params = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder(SELECT).append(where(filter, params));
        if (cursor != null) {
            // The first condition lets both databases walk the (occurred_at, id) index from the cursor on.
            sql.append(newer
                    ? " and occurred_at >= :cursorTime and (occurred_at > :cursorTime or id > :cursorId)"
                    : " and occurred_at <= :cursorTime and (occurred_at < :cursorTime or id < :cursorId)");
            params.addValue("cursorTime", utc(cursor.time())).addValue("cursorId", cursor.id());
        }
        sql.append(order(filter, newer ? "asc" : "desc")).append(" limit :limit");
        params.addValue("limit", limit);
        return jdbc.query(sql.toString(), params, VIEWS);
    }

    private static int pageSize(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
    }

    private static AuditCursor cursorOf(AuditEventView event) {
        return new AuditCursor(event.time(), event.id());
    }

    public Optional<AuditEventView> find(long id) {
        return jdbc.query(SELECT + " where id = :id", new MapSqlParameterSource("id", id), VIEWS).stream().findFirst();
    }

    /**
     * The user's own latest sign-ins, credential and console requests and MFA changes, plus failed sign-ins
     * and lockouts under their username, newest first.
     */
    public List<AuditEventView> recentActivity(UUID userId, String username, int limit) {
        var params = new MapSqlParameterSource()
                .addValue("userId", userId)
                .addValue("key", username.toLowerCase(Locale.ROOT))
                .addValue("own", OWN_ACTIVITY)
                .addValue("attempts", ATTEMPTS_ON_NAME)
                .addValue("limit", pageSize(limit));
        return jdbc.query(SELECT + " where ((actor_user_id = :userId and action in (:own))"
                + " or (actor_key = :key and actor_user_id is null and action in (:attempts)))" + NEWEST_FIRST
                + " limit :limit", params, VIEWS);
    }

    /**
     * Hands every event matching the filter to {@code sink}, newest first, reading them from a database cursor
     * so that memory stays flat however many there are. Runs in one read-only transaction.
     */
    public void export(AuditFilter filter, Consumer<AuditEventView> sink) {
        var params = new MapSqlParameterSource();
        String sql = SELECT + where(filter, params) + order(filter, "desc");
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        String jdbcSql = NamedParameterUtils.substituteNamedParameters(parsed, params);
        Object[] values = NamedParameterUtils.buildValueArray(parsed, params, null);
        template.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(jdbcSql);
            statement.setFetchSize(EXPORT_FETCH_SIZE);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        }, (ResultSet rs) -> sink.accept(view(rs)));
    }

    /** Checks the whole hash chain; see {@link ChainVerification}. Reads every row once. */
    public ChainVerification verify() {
        return chain.verify();
    }

    /**
     * By time and id, {@code desc} (newest first) or {@code asc}. With a filter on an indexed column the order starts
     * with that column, a constant here, so that H2 too reads the rows in index order instead of sorting every match.
     */
    private static String order(AuditFilter filter, String direction) {
        String column = filter.user() != null ? "actor_key"
                : filter.accountId() != null ? "account_id"
                : filter.action() != null ? "action"
                : null;
        String byTime = "occurred_at " + direction + ", id " + direction;
        return column == null ? " order by " + byTime : " order by " + column + " " + direction + ", " + byTime;
    }

    private static String where(AuditFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (filter.user() != null) {
            conditions.add("actor_key = :user");
            params.addValue("user", filter.user().toLowerCase(Locale.ROOT));
        }
        if (filter.accountId() != null) {
            conditions.add("account_id = :accountId");
            params.addValue("accountId", filter.accountId());
        }
        if (filter.permissionSet() != null) {
            conditions.add("lower(permission_set) = :permissionSet");
            params.addValue("permissionSet", filter.permissionSet().toLowerCase(Locale.ROOT));
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
            params.addValue("action", filter.action().actionName());
        }
        if (filter.outcome() != null) {
            conditions.add("outcome = :outcome");
            params.addValue("outcome", filter.outcome().name());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.addValue("from", utc(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.addValue("to", utc(filter.to()));
        }
        return conditions.isEmpty() ? " where 1 = 1" : " where " + String.join(" and ", conditions);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AuditEventView view(ResultSet rs) throws SQLException {
        AuditRow row = AuditChain.read(rs);
        return new AuditEventView(rs.getLong("id"), row.occurredAt(), row.action(), row.outcome(),
                row.actorUserId(), row.actorUsername(), row.clientAddress(), row.userAgent(), row.requestId(),
                row.accountId(), row.permissionSet(), AuditDetails.wellFormed(row.details()), rs.getString("hash"),
                row.previousHash());
    }
}
