package dev.gatehouse.signin;

import java.util.List;
import java.util.Locale;

import dev.gatehouse.settings.MfaMethod;
import dev.gatehouse.settings.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final SignInProperties properties;
    private final OidcProviders providers;
    private final MessageSource messages;
    private final SettingsManagement settings;

    SignInController(SignInProperties properties, OidcProviders providers, MessageSource messages,
            SettingsManagement settings) {
        this.properties = properties;
        this.providers = providers;
        this.messages = messages;
        this.settings = settings;
    }

    /**
     * The directory form and a button per OIDC provider. With only one provider and no form there is nothing to
     * choose, so the page goes straight to the provider, unless it has something to say (an error, signed out).
     */
    @GetMapping("/signin")
    String signIn(@RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String signedout, Model model, Locale locale) {
        List<OidcProviders.OidcProvider> all = providers.all();
        boolean passwords = properties.password().enabled();
        if (!passwords && all.size() == 1 && error == null && signedout == null) {
            return "redirect:/oauth2/authorization/" + all.get(0).registrationId();
        }
        model.addAttribute("passwordEnabled", passwords);
        model.addAttribute("providers", all);
        model.addAttribute("passkeysEnabled", passwords && settings.mfaPolicy().allows(MfaMethod.WEBAUTHN));
        if (error != null) {
            model.addAttribute("errorText", errorText(error, provider, model, locale));
        }
        return "signin/signin";
    }

    private String errorText(String error, @Nullable String provider, Model model, Locale locale) {
        var oidcError = OidcSignInFailureHandler.OidcSignInError.fromCode(error);
        if (oidcError.isPresent()) {
            String providerName = provider == null ? null : providers.find(provider)
                    .map(OidcProviders.OidcProvider::displayName).orElse(null);
            Object message = oidcError.get().withMessage()
                    ? model.getAttribute(OidcSignInFailureHandler.PROVIDER_MESSAGE) : null;
            String key = "signin.error." + oidcError.get().code() + (message == null ? ".plain" : "");
            return messages.getMessage(key, new Object[] { providerName != null ? providerName
                    : messages.getMessage("signin.oidc.unknown-provider", null, locale), message }, locale);
        }
        String key = "signin.error." + SignInFailureHandler.SignInError.fromCode(error).code();
        return messages.getMessage(key, new Object[] { properties.lockout().duration().toMinutes() }, locale);
    }
}
