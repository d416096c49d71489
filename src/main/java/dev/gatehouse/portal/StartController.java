package dev.gatehouse.portal;

import dev.gatehouse.signin.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StartController {

    @GetMapping("/")
    String root() {
        return "redirect:/start";
    }

    @GetMapping("/start")
    String start(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("displayName", user.displayName());
        return "portal/start";
    }
}
