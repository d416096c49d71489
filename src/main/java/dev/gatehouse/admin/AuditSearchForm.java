package dev.gatehouse.admin;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.gatehouse.audit.AuditFilter;
import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The audit filters as typed on the page or given to the API. Times are ISO-8601: an instant
 * ({@code 2026-06-01T09:00:00Z}), a date and time with an offset, a local date and time (taken as UTC, what the
 * page's fields send) or a date; {@code from} is inclusive, {@code to} exclusive, and a {@code to} date includes
 * that whole day.
 */
record AuditSearchForm(@Nullable String user, @Nullable String accountId, @Nullable String permissionSet,
        @Nullable String action, @Nullable String outcome, @Nullable String from, @Nullable String to) {

    static final String ACTION_NAMES = Arrays.stream(AuditAction.values()).map(AuditAction::actionName)
            .collect(Collectors.joining(", "));
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern PERMISSION_SET = Pattern.compile("[\\w+=,.@-]{1,32}");
    private static final int MAX_USERNAME = 64;
    /** Years 1 to 9999: what every database stores and the page's date fields can show. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    static AuditSearchForm empty() {
        return new AuditSearchForm(null, null, null, null, null, null, null);
    }

    /** The filter these fields stand for; each field that is not valid is rejected in {@code errors}. */
    AuditFilter toFilter(Errors errors) {
        // Stored names show a NUL as U+FFFD (PostgreSQL refuses NUL in text, also in a query's parameters).
        String typed = blankToNull(user);
        String username = typed == null ? null : typed.replace('\u0000', '\uFFFD');
        if (username != null && username.length() > MAX_USERNAME) {
            errors.rejectValue("user", "audit.search.user.invalid", "must be at most 64 characters");
        }
        String account = blankToNull(accountId);
        if (account != null && !ACCOUNT_ID.matcher(account).matches()) {
            errors.rejectValue("accountId", "audit.search.accountId.invalid", "must be 12 digits");
        }
        String permissionSetName = blankToNull(permissionSet);
        if (permissionSetName != null && !PERMISSION_SET.matcher(permissionSetName).matches()) {
            errors.rejectValue("permissionSet", "audit.search.permissionSet.invalid", "is not a permission set name");
        }
        AuditAction auditAction = parseAction(errors);
        Outcome result = parseOutcome(errors);
        Instant start = parseTime("from", from, false, errors);
        Instant end = parseTime("to", to, true, errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.rejectValue("to", "audit.search.to.before-from", "must be later than from");
        }
        return new AuditFilter(username, account, permissionSetName, auditAction, result, start, end);
    }

    private @Nullable AuditAction parseAction(Errors errors) {
        String name = blankToNull(action);
        if (name == null) {
            return null;
        }
        Optional<AuditAction> match = Arrays.stream(AuditAction.values())
                .filter(candidate -> candidate.actionName().equalsIgnoreCase(name)).findFirst();
        if (match.isEmpty()) {
            errors.rejectValue("action", "audit.search.action.invalid", "must be one of " + ACTION_NAMES);
        }
        return match.orElse(null);
    }

    private @Nullable Outcome parseOutcome(Errors errors) {
        String name = blankToNull(outcome);
        if (name == null) {
            return null;
        }
        try {
            return Outcome.valueOf(name.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            errors.rejectValue("outcome", "audit.search.outcome.invalid", "must be one of SUCCESS, FAILURE, DENIED");
            return null;
        }
    }

    private static @Nullable Instant parseTime(String field, @Nullable String text, boolean end, Errors errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        Instant time;
        try {
            time = parseIso(value, end);
        }
        catch (DateTimeException e) {
            errors.rejectValue(field, "audit.search.time.invalid", "must be an ISO-8601 date or time, e.g. 2026-06-01T09:00:00Z");
            return null;
        }
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            errors.rejectValue(field, "audit.search.time.out-of-range", "must be in the years 1 to 9999");
            return null;
        }
        return time;
    }

    private static Instant parseIso(String value, boolean end) {
        if (value.length() == 10) {
            LocalDate date = LocalDate.parse(value);
            return (end ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (value.endsWith("Z") || value.endsWith("z")) {
            return Instant.parse(value.toUpperCase(Locale.ROOT));
        }
        if (value.matches(".*[+-]\\d{2}:\\d{2}$")) {
            return OffsetDateTime.parse(value).toInstant();
        }
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
