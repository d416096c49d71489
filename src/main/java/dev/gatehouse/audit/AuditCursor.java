package dev.gatehouse.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of audit events ended: the time and id of its last (oldest) event. The next page starts right
 * after it, however many events were appended since, so paging stays as fast on the last page as on the first.
 * Its {@link #token()} is what links and API clients pass back.
 */
public record AuditCursor(Instant time, long id) {

    private static final Pattern TOKEN = Pattern.compile("(-?\\d{1,19})_(\\d{1,19})");

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time) + "_" + id;
    }

    /** The cursor a {@link #token()} stands for, empty when the text is not one. */
    public static Optional<AuditCursor> parse(String token) {
        Matcher matcher = TOKEN.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            long micros = Long.parseLong(matcher.group(1));
            return Optional.of(new AuditCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS),
                    Long.parseLong(matcher.group(2))));
        }
        catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
