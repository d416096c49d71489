package dev.gatehouse.access;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assignments with the names of their principal, account and permission set, in one statement per page, read
 * from the owning modules' tables like {@link EntitlementQuery}. The filter builds only the conditions it needs,
 * so that every parameter has a type on every database.
 */
@Component
class AssignmentViews {

    private static final String SELECT = """
            select a.id, a.principal_type, a.principal_id, coalesce(u.username, g.name, '?') as principal_name,
                   a.account_id, acc.name as account_name, a.permission_set_id, ps.name as permission_set_name,
                   a.created_at
            from assignments a
            join aws_accounts acc on acc.account_id = a.account_id
            join permission_sets ps on ps.id = a.permission_set_id
            left join directory_users u on a.principal_type = 'USER' and u.id = a.principal_id
            left join directory_groups g on a.principal_type = 'GROUP' and g.id = a.principal_id
            """;
    private static final String ORDER = " order by acc.name, a.account_id, ps.name, principal_name, a.id";

    private static final RowMapper<AssignmentView> ROWS = (rs, row) -> new AssignmentView(
            rs.getObject("id", UUID.class), PrincipalType.valueOf(rs.getString("principal_type")),
            rs.getObject("principal_id", UUID.class), rs.getString("principal_name"), rs.getString("account_id"),
            rs.getString("account_name"), rs.getObject("permission_set_id", UUID.class),
            rs.getString("permission_set_name"), rs.getObject("created_at", Timestamp.class).toInstant());

    private final JdbcClient jdbc;

    AssignmentViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<AssignmentView> find(AssignmentFilter filter, Pageable pageable) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        List<AssignmentView> content = jdbc.sql(SELECT + where + ORDER + " limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(ROWS).list();
        return new PageImpl<>(content, pageable, count(filter));
    }

    long count(AssignmentFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) from assignments a" + where(filter, params)).params(params).query(Long.class)
                .single();
    }

    List<AssignmentView> list(AssignmentFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql(SELECT + where(filter, params) + ORDER).params(params).query(ROWS).list();
    }

    Optional<AssignmentView> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(ROWS).optional();
    }

    private static String where(AssignmentFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.accountId() != null) {
            conditions.add("a.account_id = :accountId");
            params.put("accountId", filter.accountId());
        }
        if (filter.permissionSetId() != null) {
            conditions.add("a.permission_set_id = :permissionSetId");
            params.put("permissionSetId", filter.permissionSetId());
        }
        if (filter.principalType() != null) {
            conditions.add("a.principal_type = :principalType");
            params.put("principalType", filter.principalType().name());
        }
        if (filter.principalId() != null) {
            conditions.add("a.principal_id = :principalId");
            params.put("principalId", filter.principalId());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
