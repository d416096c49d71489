package dev.gatehouse.signin;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout when a sign-in still owes its second step, so it offers no links that only lead back to it. */
@ControllerAdvice
class SecondStepAdvice {

    @ModelAttribute("secondStepPending")
    boolean secondStepPending(@Nullable Authentication authentication) {
        return MfaAuthorities.secondStepPending(authentication);
    }
}
