package dev.gatehouse.admin;

import dev.gatehouse.directory.NewApiToken;
import dev.gatehouse.directory.UserView;
import org.springframework.ui.Model;

/**
 * Pages that show a secret once, rendered as the answer to the POST that made it (never a redirect, so the
 * secret never sits in a flash attribute in the session store), and never cached.
 */
final class ShownOnce {

    private ShownOnce() {
    }

    static String password(Model model, UserView user, String password) {
        model.addAttribute("user", user);
        model.addAttribute("password", password);
        return "admin/users/password";
    }

    static String token(Model model, NewApiToken token) {
        model.addAttribute("token", token);
        return "admin/token-created";
    }
}
