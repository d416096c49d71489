package dev.gatehouse.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.gatehouse.audit.AuditEventView;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row of the audit list, its time already in UTC text, and the one detail that tells events of an action apart
 * (what an admin changed, how someone signed in or why not, where the console opened, the access key id).
 */
record AuditRow(AuditEventView event, String time, String summary) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** The first of these groups of detail fields that the event has, joined; an event has one group at most. */
    private static final List<List<String>> SUMMARY_FIELDS = List.of(List.of("type", "operation", "target"),
            List.of("method", "reason"), List.of("destination"), List.of("accessKeyId"));

    /** The row of one event; details that are not JSON (a row altered by hand) give no summary. */
    static AuditRow of(AuditEventView event, JsonMapper json) {
        String time = TIME.format(event.time());
        JsonNode details;
        try {
            details = json.readTree(event.detailsJson());
        }
        catch (JacksonException unreadable) {
            return new AuditRow(event, time, "");
        }
        for (List<String> fields : SUMMARY_FIELDS) {
            List<String> values = fields.stream().map(details::get)
                    .filter(value -> value != null && value.isValueNode()).map(JsonNode::asString).toList();
            if (!values.isEmpty()) {
                return new AuditRow(event, time, String.join(" · ", values));
            }
        }
        return new AuditRow(event, time, "");
    }
}
