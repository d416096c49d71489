package dev.gatehouse.admin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import dev.gatehouse.audit.AuditFilter;
import dev.gatehouse.audit.AuditLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filtered audit trail as a download, CSV or JSON Lines, written while it is read from the database, so
 * memory stays flat for any number of events. The CSV starts with a UTF-8 byte order mark, which spreadsheets
 * need to read non-ASCII names correctly.
 */
@Component
class AuditExport {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType JSON_LINES = new MediaType("application", "jsonl", StandardCharsets.UTF_8);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    enum Format {
        CSV, JSONL;

        static Optional<Format> of(String name) {
            try {
                return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
            }
            catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    AuditExport(AuditLog audit, JsonMapper json, Clock clock) {
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    ResponseEntity<StreamingResponseBody> download(AuditFilter filter, Format format) {
        String filename = "audit-events-" + FILE_TIME.format(clock.instant()) + "." + format.name().toLowerCase(Locale.ROOT);
        StreamingResponseBody body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            if (format == Format.CSV) {
                out.write('\uFEFF');
                AuditCsv.writeHeader(out);
            }
            try {
                audit.export(filter, event -> {
                    try {
                        if (format == Format.CSV) {
                            AuditCsv.write(out, event);
                        }
                        else {
                            out.write(json.writeValueAsString(AuditEventResource.of(event)));
                            out.write('\n');
                        }
                    }
                    catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            catch (UncheckedIOException e) {
                throw e.getCause();
            }
            out.flush();
        };
        return ResponseEntity.ok()
                .contentType(format == Format.CSV ? CSV : JSON_LINES)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
