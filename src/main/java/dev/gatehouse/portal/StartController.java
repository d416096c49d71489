package dev.gatehouse.portal;

import java.util.List;

import dev.gatehouse.access.EntitlementQuery;
import dev.gatehouse.signin.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class StartController {

    private final EntitlementQuery entitlements;

    StartController(EntitlementQuery entitlements) {
        this.entitlements = entitlements;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/start";
    }

    @GetMapping("/start")
    String start(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String q,
            Model model) {
        List<AccountAccess> accounts = AccountAccess.of(entitlements.entitlementsOf(user.id()));
        List<AccountAccess> shown = q == null || q.isBlank()
                ? accounts
                : accounts.stream().filter(account -> account.matches(q)).toList();
        model.addAttribute("displayName", user.displayName());
        model.addAttribute("accounts", shown);
        model.addAttribute("accountCount", accounts.size());
        model.addAttribute("q", q == null ? "" : q);
        return "portal/start";
    }
}
