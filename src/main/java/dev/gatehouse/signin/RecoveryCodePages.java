package dev.gatehouse.signin;

import java.util.List;
import java.util.Optional;

import dev.gatehouse.directory.SignInAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Shows recovery codes in the response to the request that made them: never stored in the clear, not even in
 * the session for a redirect.
 */
@Component
class RecoveryCodePages {

    private final MfaManagement mfa;
    private final RequestCache requestCache = new LocalSavedRequestCache();

    RecoveryCodePages(MfaManagement mfa) {
        this.mfa = mfa;
    }

    String show(List<String> codes, Model model, HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        model.addAttribute("codes", codes);
        model.addAttribute("continueUrl", saved != null ? saved.getRedirectUrl() : "/start");
        return "security/recovery-codes";
    }

    /** After a device was registered: the first recovery codes if this was the first device, else the security page. */
    String afterRegistration(SignInAccount account, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        Optional<List<String>> codes = mfa.firstRecoveryCodes(account);
        if (codes.isEmpty()) {
            redirect.addFlashAttribute("messageKey", "security.registered");
            return "redirect:/settings/security";
        }
        return show(codes.get(), model, request, response);
    }
}
