package dev.gatehouse.portal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.gatehouse.audit.AuditEventView;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.signin.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The user's own latest sign-ins, failed attempts on their name and credential requests, to notice what they did not do. */
@Controller
class RecentActivityController {

    static final int SHOWN = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final AuditLog audit;

    RecentActivityController(AuditLog audit) {
        this.audit = audit;
    }

    record Activity(AuditEventView event, String time) {
    }

    @GetMapping("/start/activity")
    String recentActivity(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("activities", audit.recentActivity(user.userId(), user.username(), SHOWN).stream()
                .map(event -> new Activity(event, TIME.format(event.time())))
                .toList());
        model.addAttribute("shown", SHOWN);
        return "portal/activity";
    }
}
