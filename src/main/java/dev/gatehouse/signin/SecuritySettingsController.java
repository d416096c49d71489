package dev.gatehouse.signin;

import dev.gatehouse.directory.SignInAccount;
import dev.gatehouse.shared.NotFoundException;
import dev.gatehouse.shared.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's security page: MFA devices, recovery codes, and the way to the password change. */
@Controller
@RequestMapping("/settings/security")
class SecuritySettingsController {

    private final CurrentAccounts accounts;
    private final MfaManagement mfa;
    private final SecondStepPolicy policy;
    private final Reauthentication reauthentication;
    private final RecoveryCodePages recoveryCodes;
    private final SignInProperties properties;

    SecuritySettingsController(CurrentAccounts accounts, MfaManagement mfa, SecondStepPolicy policy,
            Reauthentication reauthentication, RecoveryCodePages recoveryCodes, SignInProperties properties) {
        this.accounts = accounts;
        this.mfa = mfa;
        this.policy = policy;
        this.reauthentication = reauthentication;
        this.recoveryCodes = recoveryCodes;
        this.properties = properties;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal UserPrincipal principal, Model model) {
        SignInAccount account = accounts.of(principal);
        model.addAttribute("directoryUser", account.passwordHash() != null);
        model.addAttribute("devices", mfa.devicesOf(account.id()));
        model.addAttribute("recoveryCodesLeft", mfa.recoveryCodesLeft(account.id()));
        model.addAttribute("options", policy.options(account.id()));
        model.addAttribute("authenticatorAppsAvailable", mfa.authenticatorAppsAvailable());
        return "security/overview";
    }

    @GetMapping("/devices/{type}/{id}/remove")
    String confirmRemoval(@AuthenticationPrincipal UserPrincipal principal, @PathVariable String type,
            @PathVariable String id, Model model) {
        SignInAccount account = accounts.of(principal);
        model.addAttribute("device", device(account, type, id));
        model.addAttribute("proofForm", new ProofForm(""));
        model.addAttribute("passkeyConfirms", policy.options(account.id()).passkey());
        return "security/remove-device";
    }

    @PostMapping("/devices/{type}/{id}/remove")
    String remove(@AuthenticationPrincipal UserPrincipal principal, @PathVariable String type, @PathVariable String id,
            @Valid @ModelAttribute ProofForm proofForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        SignInAccount account = accounts.of(principal);
        MfaDevice device = device(account, type, id);
        if (!confirmed(account, proofForm, result)) {
            model.addAttribute("device", device);
            model.addAttribute("passkeyConfirms", policy.options(account.id()).passkey());
            return "security/remove-device";
        }
        return removed(account, device, redirect);
    }

    @PostMapping(path = "/devices/{type}/{id}/remove", params = "passkey")
    String removeWithPasskey(@AuthenticationPrincipal UserPrincipal principal, @PathVariable String type,
            @PathVariable String id, @RequestParam String passkey, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        SignInAccount account = accounts.of(principal);
        MfaDevice device = device(account, type, id);
        if (!confirmedByPasskey(account, passkey, model, request, response)) {
            model.addAttribute("device", device);
            return "security/remove-device";
        }
        return removed(account, device, redirect);
    }

    @GetMapping("/recovery-codes")
    String confirmNewRecoveryCodes(@AuthenticationPrincipal UserPrincipal principal, Model model) {
        model.addAttribute("proofForm", new ProofForm(""));
        model.addAttribute("passkeyConfirms", policy.options(accounts.of(principal).id()).passkey());
        return "security/new-recovery-codes";
    }

    @PostMapping("/recovery-codes")
    String newRecoveryCodes(@AuthenticationPrincipal UserPrincipal principal,
            @Valid @ModelAttribute ProofForm proofForm, BindingResult result, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        SignInAccount account = accounts.of(principal);
        if (mfa.devicesOf(account.id()).isEmpty()) {
            return "redirect:/settings/security";
        }
        if (!confirmed(account, proofForm, result)) {
            model.addAttribute("passkeyConfirms", policy.options(account.id()).passkey());
            return "security/new-recovery-codes";
        }
        return recoveryCodes.show(mfa.regenerateRecoveryCodes(account), model, request, response);
    }

    @PostMapping(path = "/recovery-codes", params = "passkey")
    String newRecoveryCodesWithPasskey(@AuthenticationPrincipal UserPrincipal principal, @RequestParam String passkey,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        SignInAccount account = accounts.of(principal);
        if (mfa.devicesOf(account.id()).isEmpty()) {
            return "redirect:/settings/security";
        }
        if (!confirmedByPasskey(account, passkey, model, request, response)) {
            return "security/new-recovery-codes";
        }
        return recoveryCodes.show(mfa.regenerateRecoveryCodes(account), model, request, response);
    }

    /** After a passkey was registered: its recovery codes if it was the first device. */
    @PostMapping("/recovery-codes/first")
    String firstRecoveryCodes(@AuthenticationPrincipal UserPrincipal principal, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        return recoveryCodes.afterRegistration(accounts.of(principal), model, request, response, redirect);
    }

    private String removed(SignInAccount account, MfaDevice device, RedirectAttributes redirect) {
        mfa.remove(account, device);
        redirect.addFlashAttribute("messageKey", "security.removed");
        return "redirect:/settings/security";
    }

    private boolean confirmed(SignInAccount account, ProofForm form, BindingResult result) {
        if (result.hasErrors()) {
            return false;
        }
        try {
            if (reauthentication.confirms(account, form.proof())) {
                return true;
            }
            result.rejectValue("proof", "security.proof.wrong");
        }
        catch (SignInPausedException paused) {
            result.rejectValue("proof", "security.proof.paused", new Object[] { properties.lockout().duration()
                    .toMinutes() }, "paused");
        }
        return false;
    }

    /** On refusal, the page shows the password form again with the passkey's error above it. */
    private boolean confirmedByPasskey(SignInAccount account, String passkey, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        String refusal;
        try {
            if (reauthentication.confirmsWithPasskey(account, passkey, request, response)) {
                return true;
            }
            refusal = "security.proof.passkey.refused";
        }
        catch (SignInPausedException paused) {
            refusal = "security.proof.passkey.paused";
        }
        model.addAttribute("proofForm", new ProofForm(""));
        model.addAttribute("passkeyConfirms", policy.options(account.id()).passkey());
        model.addAttribute("passkeyRefusal", refusal);
        model.addAttribute("pauseMinutes", properties.lockout().duration().toMinutes());
        return false;
    }

    private MfaDevice device(SignInAccount account, String type, String id) {
        return mfa.device(account.id(), type, id).orElseThrow(() -> new NotFoundException("device", id));
    }
}
