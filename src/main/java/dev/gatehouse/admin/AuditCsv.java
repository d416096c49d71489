package dev.gatehouse.admin;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.gatehouse.audit.AuditEventView;
import org.jspecify.annotations.Nullable;

/**
 * CSV as RFC 4180 has it (comma, CRLF, fields with a comma, quote or line break in double quotes, quotes
 * doubled) that spreadsheets open safely: a cell that would start with {@code = + - @}, a tab or a carriage
 * return gets a leading apostrophe, so no cell is run as a formula. Times are UTC as {@code yyyy-MM-dd HH:mm:ss},
 * which spreadsheets read as a date and time.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("id", "time_utc", "action", "outcome", "user_id", "username",
            "client_address", "user_agent", "request_id", "account_id", "permission_set", "details");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private AuditCsv() {
    }

    static void writeHeader(Writer out) throws IOException {
        writeRow(out, HEADER.toArray(String[]::new));
    }

    static void write(Writer out, AuditEventView event) throws IOException {
        writeRow(out, Long.toString(event.id()), TIME.format(event.time()), event.action(), event.outcome(),
                event.actorUserId() == null ? null : event.actorUserId().toString(), event.actorUsername(),
                event.clientAddress(), event.userAgent(), event.requestId(), event.accountId(),
                event.permissionSet(), event.detailsJson());
    }

    static void writeRow(Writer out, @Nullable String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
