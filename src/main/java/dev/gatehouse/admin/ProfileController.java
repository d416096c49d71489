package dev.gatehouse.admin;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.gatehouse.directory.ApiTokenManagement;
import dev.gatehouse.directory.NewApiToken;
import dev.gatehouse.shared.UserPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/profile}: the signed-in admin's own API tokens, created (shown once) and revoked here. */
@Controller
@RequestMapping("/admin/profile")
@PreAuthorize("hasRole('ADMIN')")
class ProfileController {

    /** The lifetimes offered, in days; 0 means the token does not expire. */
    static final List<Integer> LIFETIMES = List.of(30, 90, 365, 0);
    /** The lifetime chosen unless the admin picks another, and taken for one not offered. */
    static final int DEFAULT_LIFETIME = 90;

    private final ApiTokenManagement tokens;
    private final Flash flash;

    ProfileController(ApiTokenManagement tokens, Flash flash) {
        this.tokens = tokens;
        this.flash = flash;
    }

    @GetMapping
    String profile(@AuthenticationPrincipal UserPrincipal user, Model model) {
        model.addAttribute("tokens", tokens.tokensOf(user.userId()));
        model.addAttribute("lifetimes", LIFETIMES);
        model.addAttribute("defaultLifetime", DEFAULT_LIFETIME);
        return "admin/profile";
    }

    @PostMapping("/tokens")
    String create(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable Integer lifetimeDays, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        int days = lifetimeDays != null && LIFETIMES.contains(lifetimeDays) ? lifetimeDays : DEFAULT_LIFETIME;
        try {
            NewApiToken token = tokens.create(user.userId(), name == null ? "" : name,
                    days == 0 ? null : Duration.ofDays(days));
            return ShownOnce.token(model, response, token);
        }
        catch (ConstraintViolationException invalid) {
            redirect.addFlashAttribute("tokenError", FieldProblem.of(invalid).get(0).message());
            return "redirect:/admin/profile";
        }
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal UserPrincipal user, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(user.userId(), id);
        flash.say(redirect, "admin.profile.revoked");
        return "redirect:/admin/profile";
    }
}
