package dev.gatehouse.access;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.gatehouse.permissionsets.PermissionSetDetails;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one user may use right now: the union of their own and their groups' assignments. A disabled user has
 * no entitlements, so disabling someone cuts off new credentials at once, even in a session they already have.
 */
@Service
@Transactional(readOnly = true)
public class EntitlementQuery {

    private static final String ENTITLEMENTS = """
            select acc.account_id, acc.name as account_name, acc.email, acc.partition,
                   ps.id as permission_set_id, ps.name as permission_set_name, ps.session_duration,
                   ps.relay_state, ps.role_name, g.name as via_group
            from assignments a
            join aws_accounts acc on acc.account_id = a.account_id
            join permission_sets ps on ps.id = a.permission_set_id
            left join directory_groups g on a.principal_type = 'GROUP' and g.id = a.principal_id
            where exists (select 1 from directory_users u where u.id = :userId and u.active = true)
              and ((a.principal_type = 'USER' and a.principal_id = :userId)
                or (a.principal_type = 'GROUP' and a.principal_id in
                      (select m.group_id from group_memberships m where m.user_id = :userId)))
            """;

    private static final RowMapper<Entitlement> ROWS = (rs, row) -> {
        String permissionSetName = rs.getString("permission_set_name");
        return new Entitlement(rs.getString("account_id"), rs.getString("account_name"), rs.getString("email"),
                rs.getString("partition"), rs.getObject("permission_set_id", UUID.class), permissionSetName,
                Duration.parse(rs.getString("session_duration")), rs.getString("relay_state"),
                PermissionSetDetails.roleNameFor(permissionSetName, rs.getString("role_name")),
                rs.getString("via_group"));
    };

    private final JdbcClient jdbc;

    EntitlementQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every (account, permission set) pair the user may use, once per way they got it (directly, or through
     * each group), sorted by account name, account id and permission set name.
     */
    public List<Entitlement> entitlementsOf(UUID userId) {
        return jdbc.sql(ENTITLEMENTS + " order by acc.name, acc.account_id, ps.name, g.name")
                .param("userId", userId)
                .query(ROWS)
                .list();
    }

    /**
     * The entitlement to use one permission set, named as in AWS's shortcut links ({@code role_name}), in one
     * account; empty when the user may not, whether or not the account or permission set exists.
     */
    public Optional<Entitlement> find(UUID userId, String accountId, String permissionSetName) {
        return jdbc.sql(ENTITLEMENTS + " and acc.account_id = :accountId and ps.name_key = lower(:permissionSetName)")
                .param("userId", userId)
                .param("accountId", accountId)
                .param("permissionSetName", permissionSetName)
                .query(ROWS)
                .list().stream().findFirst();
    }
}
