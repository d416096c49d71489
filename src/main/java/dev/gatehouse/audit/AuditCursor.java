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
    /** Years 1 to 9999, which every database can compare with; no event is stored outside them. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time) + "_" + id;
    }

    /** The cursor a {@link #token()} stands for, empty when the text is not one or lies outside the years 1 to 9999. */
    public static Optional<AuditCursor> parse(String token) {
        Matcher matcher = TOKEN.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            Instant time = Instant.EPOCH.plus(Long.parseLong(matcher.group(1)), ChronoUnit.MICROS);
            if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
                return Optional.empty();
            }
            return Optional.of(new AuditCursor(time, Long.parseLong(matcher.group(2))));
        }
        catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
