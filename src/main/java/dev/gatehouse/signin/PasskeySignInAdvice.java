package dev.gatehouse.signin;

import dev.gatehouse.settings.MfaMethod;
import dev.gatehouse.settings.SettingsManagement;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the sign-in page whether to offer "Sign in with a passkey". */
@ControllerAdvice(assignableTypes = SignInController.class)
class PasskeySignInAdvice {

    private final SettingsManagement settings;

    PasskeySignInAdvice(SettingsManagement settings) {
        this.settings = settings;
    }

    @ModelAttribute("passkeysEnabled")
    boolean passkeysEnabled() {
        return settings.mfaPolicy().allows(MfaMethod.WEBAUTHN);
    }
}
