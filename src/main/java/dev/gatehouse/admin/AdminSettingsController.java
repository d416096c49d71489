package dev.gatehouse.admin;

import dev.gatehouse.settings.MfaMethod;
import dev.gatehouse.settings.MfaPolicySettings;
import dev.gatehouse.settings.MfaPrompt;
import dev.gatehouse.settings.MfaWithoutDevice;
import dev.gatehouse.settings.SettingsManagement;
import dev.gatehouse.signin.MfaManagement;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/settings}: the runtime settings, starting with the MFA policy of Identity Center's Settings tab. */
@Controller
@RequestMapping("/admin/settings")
@PreAuthorize("hasRole('ADMIN')")
class AdminSettingsController {

    private final SettingsManagement settings;
    private final MfaManagement mfa;
    private final MessageSource messages;

    AdminSettingsController(SettingsManagement settings, MfaManagement mfa, MessageSource messages) {
        this.settings = settings;
        this.mfa = mfa;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        MfaPolicySettings current = settings.mfaPolicySettings();
        model.addAttribute("current", current);
        model.addAttribute("prompts", MfaPrompt.values());
        model.addAttribute("methods", MfaMethod.values());
        model.addAttribute("withoutDeviceChoices", MfaWithoutDevice.values());
        model.addAttribute("authenticatorAppsAvailable", mfa.authenticatorAppsAvailable());
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("settingsForm", AdminSettingsForm.of(settings.mfaPolicy()));
        return "admin/settings";
    }

    @PostMapping
    String save(@Valid @ModelAttribute("settingsForm") AdminSettingsForm form, BindingResult result,
            RedirectAttributes redirect) {
        // After a value that could not be converted the form is not built at all, so nothing more can be rejected.
        if (!result.hasErrors() && form.prompt() != MfaPrompt.NEVER && form.chosenMethods().isEmpty()) {
            result.rejectValue("methods", "admin.settings.mfa.methods.required");
        }
        if (result.hasErrors()) {
            return "admin/settings";
        }
        try {
            settings.updateMfaPolicy(form.toPolicy());
        }
        catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrentSave) {
            result.reject("admin.settings.conflict");
            return "admin/settings";
        }
        redirect.addFlashAttribute("message",
                messages.getMessage("admin.settings.saved", null, LocaleContextHolder.getLocale()));
        return "redirect:/admin/settings";
    }
}
