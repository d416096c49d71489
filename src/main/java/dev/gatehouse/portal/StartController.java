package dev.gatehouse.portal;

import java.util.List;

import dev.gatehouse.access.EntitlementQuery;
import dev.gatehouse.credentials.AwsIdentity;
import dev.gatehouse.credentials.CredentialsManagement;
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
    private final CredentialsManagement credentials;

    StartController(EntitlementQuery entitlements, CredentialsManagement credentials) {
        this.entitlements = entitlements;
        this.credentials = credentials;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/start";
    }

    /** {@code /start/} too: AWS's shortcut links are {@code /start/#/console?…}. */
    @GetMapping({ "/start", "/start/" })
    String start(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String q,
            Model model) {
        List<AccountAccess> accounts = AccountAccess.of(entitlements.entitlementsOf(user.userId()));
        List<AccountAccess> shown = q == null || q.isBlank()
                ? accounts
                : accounts.stream().filter(account -> account.matches(q)).toList();
        model.addAttribute("displayName", user.displayName());
        model.addAttribute("accounts", shown);
        model.addAttribute("accountCount", accounts.size());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("awsProblem", awsProblem(credentials.awsIdentity()));
        return "portal/start";
    }

    /** The message key of a notice about Gatehouse's own AWS identity, or null when there is nothing to say. */
    private static @Nullable String awsProblem(AwsIdentity identity) {
        return switch (identity.status()) {
            case NO_CREDENTIALS -> "start.aws.no-credentials";
            case REFUSED -> "start.aws.refused";
            default -> null;
        };
    }
}
