package dev.gatehouse.signin;

import java.util.Optional;

import dev.gatehouse.directory.SignInAccount;
import dev.gatehouse.settings.PortalProperties;
import dev.gatehouse.shared.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting up an authenticator app: a QR code and the secret as text, confirmed with a current code before it
 * counts. Also the way through a sign-in that waits for a first device.
 */
@Controller
@RequestMapping("/settings/security/authenticator-app")
class AuthenticatorAppController {

    private final CurrentAccounts accounts;
    private final AuthenticatorApps authenticatorApps;
    private final SecondStepPolicy policy;
    private final MfaManagement mfa;
    private final SignInSessions sessions;
    private final RecoveryCodePages recoveryCodes;
    private final PortalProperties portal;
    private final MessageSource messages;

    AuthenticatorAppController(CurrentAccounts accounts, AuthenticatorApps authenticatorApps, SecondStepPolicy policy,
            MfaManagement mfa, SignInSessions sessions, RecoveryCodePages recoveryCodes, PortalProperties portal,
            MessageSource messages) {
        this.accounts = accounts;
        this.authenticatorApps = authenticatorApps;
        this.policy = policy;
        this.mfa = mfa;
        this.sessions = sessions;
        this.recoveryCodes = recoveryCodes;
        this.portal = portal;
        this.messages = messages;
    }

    @GetMapping
    String start(@AuthenticationPrincipal UserPrincipal principal, HttpSession session, Model model) {
        SignInAccount account = accounts.of(principal);
        if (!policy.mayAddAuthenticatorApp(account)) {
            return "redirect:/settings/security";
        }
        String defaultName = messages.getMessage("security.app.default-name", null, "Authenticator app",
                LocaleContextHolder.getLocale());
        return page(account, pending(account, session), new AuthenticatorAppForm(defaultName, ""), model);
    }

    @PostMapping
    String confirm(@AuthenticationPrincipal UserPrincipal principal, @Valid @ModelAttribute AuthenticatorAppForm form,
            BindingResult result, HttpSession session, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        SignInAccount account = accounts.of(principal);
        if (!policy.mayAddAuthenticatorApp(account)) {
            return "redirect:/settings/security";
        }
        PendingAuthenticatorApp pending = pending(account, session);
        if (result.hasErrors()) {
            return page(account, pending, form, model);
        }
        Optional<AuthenticatorApp> confirmed = Totp.normalise(form.code())
                .flatMap(code -> mfa.confirmAuthenticatorApp(account, pending, form.name().strip(), code));
        if (confirmed.isEmpty()) {
            result.rejectValue("code", "security.app.wrong-code");
            return page(account, pending, form, model);
        }
        session.removeAttribute(PendingAuthenticatorApp.SESSION_ATTRIBUTE);
        sessions.registeredDuringSignIn(MfaAuthorities.TOTP, request, response);
        return recoveryCodes.afterRegistration(account, model, request, response, redirect);
    }

    private String page(SignInAccount account, PendingAuthenticatorApp pending, AuthenticatorAppForm form,
            Model model) {
        String secret = Base32.encode(authenticatorApps.secretOf(pending));
        model.addAttribute("authenticatorAppForm", form);
        model.addAttribute("secret", secret.replaceAll("(.{4})(?=.)", "$1 "));
        model.addAttribute("qrCode", AuthenticatorAppQrCode.svgDataUri(
                AuthenticatorAppQrCode.otpauthUri(portal.name(), account.username(), secret)));
        return "security/authenticator-app";
    }

    /** The app being set up in this session: the same seed until it is confirmed or too old. */
    private PendingAuthenticatorApp pending(SignInAccount account, HttpSession session) {
        if (session.getAttribute(PendingAuthenticatorApp.SESSION_ATTRIBUTE) instanceof PendingAuthenticatorApp pending
                && pending.userId().equals(account.id()) && !authenticatorApps.expired(pending)) {
            return pending;
        }
        PendingAuthenticatorApp fresh = authenticatorApps.start(account.id());
        session.setAttribute(PendingAuthenticatorApp.SESSION_ATTRIBUTE, fresh);
        return fresh;
    }
}
