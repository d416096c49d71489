package dev.gatehouse.credentials;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * A user asked for credentials or a console sign-in they are not entitled to. The request's values are the
 * caller's own input: {@link #accountId()} and {@link #permissionSet()} return them only when they are well
 * formed, and {@link #details()} keeps them cut to {@value #MAX_REQUESTED} characters.
 *
 * @param requestedAccountId the account id as asked for
 * @param requestedPermissionSet the permission set's name as asked for ({@code role_name})
 */
public record AccessDenied(Instant occurredAt, Origin origin, AccessKind requested, String requestedAccountId,
        String requestedPermissionSet) implements AuditableEvent {

    static final int MAX_REQUESTED = 64;
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern PERMISSION_SET = Pattern.compile("[\\w+=,.@-]{1,32}");

    public AccessDenied {
        requestedAccountId = cut(requestedAccountId);
        requestedPermissionSet = cut(requestedPermissionSet);
    }

    @Override
    public AuditAction action() {
        return AuditAction.ACCESS_DENIED;
    }

    @Override
    public Outcome outcome() {
        return Outcome.DENIED;
    }

    @Override
    public @Nullable String accountId() {
        return ACCOUNT_ID.matcher(requestedAccountId).matches() ? requestedAccountId : null;
    }

    @Override
    public @Nullable String permissionSet() {
        return PERMISSION_SET.matcher(requestedPermissionSet).matches() ? requestedPermissionSet : null;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("requested", requested.name());
        details.put("accountId", requestedAccountId);
        details.put("permissionSet", requestedPermissionSet);
        return details;
    }

    private static String cut(String value) {
        return value.length() <= MAX_REQUESTED ? value : value.substring(0, MAX_REQUESTED);
    }
}
