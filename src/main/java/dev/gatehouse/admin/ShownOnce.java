package dev.gatehouse.admin;

import dev.gatehouse.directory.NewApiToken;
import dev.gatehouse.directory.UserView;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;

/**
 * Pages that show a secret once, rendered as the answer to the POST that made it (never a redirect, so the
 * secret never sits in a flash attribute in the session store), and never cached: each sets
 * {@code Cache-Control: no-store} itself, whatever the security headers do.
 */
final class ShownOnce {

    private ShownOnce() {
    }

    static String password(Model model, HttpServletResponse response, UserView user, String password) {
        notStored(response);
        model.addAttribute("user", user);
        model.addAttribute("password", password);
        return "admin/users/password";
    }

    static String token(Model model, HttpServletResponse response, NewApiToken token) {
        notStored(response);
        model.addAttribute("token", token);
        return "admin/token-created";
    }

    private static void notStored(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    }
}
