package dev.gatehouse.signin;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.SignInAccount;
import dev.gatehouse.shared.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A directory user changes their own password, giving the current one. Wrong current passwords count like wrong
 * sign-in passwords. Afterwards the user's other sessions end and their trusted browsers are forgotten, as after
 * any new password ({@link SessionRevocation}, {@link TrustedDevices}).
 */
@Controller
@RequestMapping("/settings/security/password")
class ChangePasswordController {

    private final CurrentAccounts accounts;
    private final DirectoryManagement directory;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final SignInProperties properties;

    ChangePasswordController(CurrentAccounts accounts, DirectoryManagement directory, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, SignInProperties properties) {
        this.accounts = accounts;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.properties = properties;
    }

    @GetMapping
    String form(@AuthenticationPrincipal UserPrincipal principal, Model model) {
        if (accounts.of(principal).passwordHash() == null) {
            return "redirect:/settings/security";
        }
        model.addAttribute("changePasswordForm", ChangePasswordForm.empty());
        return "security/password";
    }

    @PostMapping
    String change(@AuthenticationPrincipal UserPrincipal principal, @Valid @ModelAttribute ChangePasswordForm form,
            BindingResult result, HttpServletRequest request, RedirectAttributes redirect) {
        SignInAccount account = accounts.of(principal);
        if (account.passwordHash() == null) {
            return "redirect:/settings/security";
        }
        if (result.hasErrors()) {
            return "security/password";
        }
        String address = request.getRemoteAddr();
        try {
            throttle.checkAllowed(account.username(), address);
        }
        catch (SignInPausedException paused) {
            result.rejectValue("currentPassword", "security.password.paused",
                    new Object[] { properties.lockout().duration().toMinutes() }, "paused");
            return "security/password";
        }
        if (!passwordEncoder.matches(form.currentPassword(), account.passwordHash())) {
            throttle.recordFailure(account.username(), address);
            result.rejectValue("currentPassword", "security.password.wrong");
            return "security/password";
        }
        if (!form.newPassword().equals(form.confirmation())) {
            result.rejectValue("confirmation", "security.password.mismatch");
            return "security/password";
        }
        if (form.newPassword().equals(form.currentPassword())
                || form.newPassword().equalsIgnoreCase(account.username())) {
            result.rejectValue("newPassword", "security.password.same");
            return "security/password";
        }
        directory.changePassword(account.id(), form.newPassword());
        redirect.addFlashAttribute("messageKey", "security.password.changed");
        return "redirect:/settings/security";
    }
}
