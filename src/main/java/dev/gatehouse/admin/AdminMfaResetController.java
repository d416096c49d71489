package dev.gatehouse.admin;

import java.util.UUID;

import dev.gatehouse.signin.MfaManagement;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resets a user's MFA devices, from the button of {@code templates/admin/mfa-reset.html} on the user's page:
 * the user registers a new device at their next sign-in.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminMfaResetController {

    private final MfaManagement mfa;
    private final MessageSource messages;

    AdminMfaResetController(MfaManagement mfa, MessageSource messages) {
        this.mfa = mfa;
        this.messages = messages;
    }

    @PostMapping("/admin/users/{id}/mfa/reset")
    String reset(@PathVariable UUID id, RedirectAttributes redirect) {
        mfa.resetDevices(id);
        redirect.addFlashAttribute("message",
                messages.getMessage("admin.mfa.reset.done", null, LocaleContextHolder.getLocale()));
        return "redirect:/admin/users/" + id;
    }
}
