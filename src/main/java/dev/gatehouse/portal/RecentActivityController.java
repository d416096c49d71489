package dev.gatehouse.portal;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.gatehouse.access.Entitlement;
import dev.gatehouse.access.EntitlementQuery;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.shared.UserPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The user's own latest sign-ins, failed attempts on their name and credential requests, to notice what they did not do. */
@Controller
class RecentActivityController {

    static final int SHOWN = 50;

    private final AuditLog audit;
    private final EntitlementQuery entitlements;
    private final JsonMapper json;
    private final MessageSource messages;

    RecentActivityController(AuditLog audit, EntitlementQuery entitlements, JsonMapper json, MessageSource messages) {
        this.audit = audit;
        this.entitlements = entitlements;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/start/activity")
    String recentActivity(@AuthenticationPrincipal UserPrincipal user, Model model, Locale locale) {
        Map<String, String> accountNames = entitlements.entitlementsOf(user.userId()).stream()
                .collect(Collectors.toMap(Entitlement::accountId, Entitlement::accountName, (a, b) -> a));
        var words = new ActivityRow.Words(accountNames, json, messages, locale);
        model.addAttribute("rows", audit.recentActivity(user.userId(), user.username(), SHOWN).stream()
                .map(words::row).toList());
        model.addAttribute("shown", SHOWN);
        return "portal/activity";
    }
}
