package dev.gatehouse.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.gatehouse.audit.AuditCursor;
import dev.gatehouse.audit.AuditEventView;
import dev.gatehouse.audit.AuditFilter;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditPage;
import dev.gatehouse.audit.ChainVerification;
import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The audit log pages: filtered list newest first, one event, the chain verification and the downloads. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditLog audit;
    private final AuditExport export;
    private final Flash flash;
    private final JsonMapper prettyJson;

    AuditController(AuditLog audit, AuditExport export, Flash flash, JsonMapper json) {
        this.audit = audit;
        this.export = export;
        this.flash = flash;
        this.prettyJson = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    @ModelAttribute("actions")
    List<String> actions() {
        return Arrays.stream(AuditAction.values()).map(AuditAction::actionName).toList();
    }

    @ModelAttribute("outcomes")
    Outcome[] outcomes() {
        return Outcome.values();
    }

    @GetMapping
    String list(@ModelAttribute("search") AuditSearchForm search, BindingResult result,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String before, Model model) {
        AuditFilter filter = search.toFilter(result);
        AuditCursor older = cursor(after);
        AuditCursor newer = cursor(before);
        if (older != null && newer != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (result.hasErrors()) {
            model.addAttribute("rows", List.of());
            model.addAttribute("invalid", true);
            return "admin/audit/list";
        }
        AuditPage page = newer != null
                ? audit.searchNewer(filter, newer, PageResponse.LONG_LIST_SIZE)
                : audit.search(filter, older, PageResponse.LONG_LIST_SIZE);
        model.addAttribute("rows", page.events().stream().map(event -> AuditRow.of(event, prettyJson)).toList());
        boolean lost = (older != null || newer != null) && page.events().isEmpty();
        model.addAttribute("newestUrl", page.newer() == null && !lost ? null
                : url("/admin/audit", search).build(true).toUriString());
        model.addAttribute("newerUrl", page.newer() == null ? null
                : url("/admin/audit", search).queryParam("before", page.newer().token()).build(true).toUriString());
        model.addAttribute("olderUrl", page.next() == null ? null
                : url("/admin/audit", search).queryParam("after", page.next().token()).build(true).toUriString());
        model.addAttribute("csvUrl", url("/admin/audit/export", search).queryParam("format", "csv").build(true).toUriString());
        model.addAttribute("jsonlUrl", url("/admin/audit/export", search).queryParam("format", "jsonl").build(true).toUriString());
        return "admin/audit/list";
    }

    /** A page link's cursor; a link that no page made (edited by hand, cut short) is a 400, not the newest page. */
    private static @Nullable AuditCursor cursor(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        return AuditCursor.parse(token.strip()).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        AuditEventView event = audit.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("event", event);
        model.addAttribute("time", DateTimeFormatter.ISO_INSTANT.format(event.time()));
        model.addAttribute("details", pretty(event.detailsJson()));
        return "admin/audit/detail";
    }

    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        ChainVerification verification = audit.verify();
        if (verification.intact() && verification.headId() == null) {
            flash.say(redirect, "audit.verify.empty");
        }
        else if (verification.intact()) {
            flash.say(redirect, "audit.verify.intact", verification.checked(), verification.headHash());
        }
        else {
            flash.problem(redirect, "audit.verify.broken." + verification.problem().name().toLowerCase(Locale.ROOT),
                    String.valueOf(verification.brokenAt()), verification.checked());
        }
        return "redirect:/admin/audit";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@ModelAttribute("search") AuditSearchForm search,
            BindingResult result, @RequestParam(defaultValue = "csv") String format) {
        AuditFilter filter = search.toFilter(result);
        var chosen = AuditExport.Format.of(format);
        if (result.hasErrors() || chosen.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return export.download(filter, chosen.get());
    }

    /** Indented for reading; a row altered into something that is not JSON is shown as it is. */
    private String pretty(String details) {
        try {
            return prettyJson.writeValueAsString(prettyJson.readTree(details));
        }
        catch (JacksonException notJson) {
            return details;
        }
    }

    private static UriComponentsBuilder url(String path, AuditSearchForm search) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        param(builder, "user", search.user());
        param(builder, "accountId", search.accountId());
        param(builder, "permissionSet", search.permissionSet());
        param(builder, "action", search.action());
        param(builder, "outcome", search.outcome());
        param(builder, "from", search.from());
        param(builder, "to", search.to());
        return builder;
    }

    private static void param(UriComponentsBuilder builder, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            builder.queryParam(name, URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }
}
