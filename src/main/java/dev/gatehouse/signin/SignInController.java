package dev.gatehouse.signin;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final SignInProperties properties;

    SignInController(SignInProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/signin")
    String signIn(@RequestParam(required = false) @Nullable String error, Model model) {
        if (error != null) {
            model.addAttribute("errorMessage", "signin.error." + SignInFailureHandler.SignInError.fromCode(error).code());
            model.addAttribute("pauseMinutes", properties.lockout().duration().toMinutes());
        }
        return "signin/signin";
    }
}
