package dev.gatehouse.portal;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.shared.UserPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The user's own latest sign-ins, failed attempts on their name and credential requests, to notice what they did not do. */
@Controller
class RecentActivityController {

    static final int SHOWN = 50;

    private final AuditLog audit;

    RecentActivityController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/start/activity")
    String recentActivity(@AuthenticationPrincipal UserPrincipal user, Model model) {
        model.addAttribute("events", audit.recentActivity(user.userId(), user.username(), SHOWN));
        model.addAttribute("shown", SHOWN);
        return "portal/activity";
    }
}
