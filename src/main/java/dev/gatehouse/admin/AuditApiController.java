package dev.gatehouse.admin;

import java.util.List;

import dev.gatehouse.audit.AuditCursor;
import dev.gatehouse.audit.AuditFilter;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/admin/audit-events}: audit events newest first, filtered by {@code user}, {@code accountId},
 * {@code permissionSet}, {@code action}, {@code outcome}, {@code from} and {@code to}, a page of {@code limit}
 * (1 to 500, default 50) at a time; {@code next} is the {@code after} of the next (older) page, null on the last,
 * and {@code newer} the {@code before} of the newer page, null on the newest.
 * {@code GET /api/admin/audit-events/export?format=csv|jsonl} streams every matching event.
 */
@AdminApi
@RequestMapping("/api/admin/audit-events")
@PreAuthorize("hasRole('ADMIN')")
class AuditApiController {

    static final int DEFAULT_LIMIT = 50;

    private final AuditLog audit;
    private final AuditExport export;

    AuditApiController(AuditLog audit, AuditExport export) {
        this.audit = audit;
        this.export = export;
    }

    /** {@code next}: the {@code after} of the older page; {@code newer}: the {@code before} of the newer page. */
    record EventsPage(List<AuditEventResource> events, @Nullable String next, @Nullable String newer) {
    }

    @GetMapping
    EventsPage list(@ModelAttribute AuditSearchForm search, BindingResult result,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String before,
            @RequestParam(required = false) @Nullable String limit) {
        AuditFilter filter = search.toFilter(result);
        List<FieldProblem> errors = FieldProblem.of(result);
        AuditCursor older = cursor("after", after, errors);
        AuditCursor newer = cursor("before", before, errors);
        if (older != null && newer != null) {
            errors.add(new FieldProblem("before", "cannot be combined with after"));
        }
        int size = parseLimit(limit, errors);
        if (!errors.isEmpty()) {
            throw new InvalidAuditSearch(errors);
        }
        AuditPage page = newer != null ? audit.searchNewer(filter, newer, size) : audit.search(filter, older, size);
        return new EventsPage(page.events().stream().map(AuditEventResource::of).toList(),
                page.next() == null ? null : page.next().token(), page.newer() == null ? null : page.newer().token());
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@ModelAttribute AuditSearchForm search, BindingResult result,
            @RequestParam(defaultValue = "csv") String format) {
        AuditFilter filter = search.toFilter(result);
        List<FieldProblem> errors = FieldProblem.of(result);
        var chosen = AuditExport.Format.of(format);
        if (chosen.isEmpty()) {
            errors.add(new FieldProblem("format", "must be csv or jsonl"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAuditSearch(errors);
        }
        return export.download(filter, chosen.orElseThrow());
    }

    private static @Nullable AuditCursor cursor(String name, @Nullable String token, List<FieldProblem> errors) {
        if (token == null || token.isBlank()) {
            return null;
        }
        AuditCursor cursor = AuditCursor.parse(token.strip()).orElse(null);
        if (cursor == null) {
            errors.add(new FieldProblem(name, "is not a cursor this API returned"));
        }
        return cursor;
    }

    private static int parseLimit(@Nullable String limit, List<FieldProblem> errors) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= AuditLog.MAX_PAGE_SIZE) {
                return value;
            }
        }
        catch (NumberFormatException e) {
            // rejected below
        }
        errors.add(new FieldProblem("limit", "must be a number from 1 to " + AuditLog.MAX_PAGE_SIZE));
        return DEFAULT_LIMIT;
    }
}
