package dev.gatehouse.signin;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second sign-in step: a code or a passkey, or, for a user without a device under the "require registration"
 * policy, registering one.
 */
@Controller
class SecondStepController {

    private static final Set<String> ERRORS = Set.of("wrong-code", "replayed", "paused");

    private final SecondStepPolicy policy;
    private final SignInProperties properties;

    SecondStepController(SecondStepPolicy policy, SignInProperties properties) {
        this.policy = policy;
        this.properties = properties;
    }

    @GetMapping(OneTimeCodeAuthenticationFilter.PATH)
    String secondStep(Authentication authentication, @RequestParam(required = false) @Nullable String error,
            Model model) {
        if (!MfaAuthorities.secondStepPending(authentication)) {
            return "redirect:/start";
        }
        SignedInUser user = (SignedInUser) authentication.getPrincipal();
        model.addAttribute("options", policy.options(user.userId()));
        model.addAttribute("registration", policy.registrationOwed(authentication));
        if (error != null && ERRORS.contains(error)) {
            model.addAttribute("errorMessage", "signin.mfa.error." + error);
            model.addAttribute("pauseMinutes", properties.lockout().duration().toMinutes());
        }
        return "signin/mfa";
    }
}
