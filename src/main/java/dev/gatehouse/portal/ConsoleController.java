package dev.gatehouse.portal;

import java.net.URI;

import dev.gatehouse.console.ConsoleSignIn;
import dev.gatehouse.shared.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /start/console?account_id=…&role_name=…[&destination=…]}, the server side of AWS's shortcut links:
 * a redirect to the AWS console, signed in as the permission set. The login URL goes into the redirect only.
 */
@Controller
class ConsoleController {

    private final ConsoleSignIn console;

    ConsoleController(ConsoleSignIn console) {
        this.console = console;
    }

    @GetMapping("/start/console")
    ResponseEntity<Void> signIn(@AuthenticationPrincipal UserPrincipal user,
            @RequestParam("account_id") String accountId, @RequestParam("role_name") String roleName,
            @RequestParam(required = false) @Nullable String destination, HttpServletRequest request) {
        RepeatedParameter.rejectRepeated(request, "account_id", "role_name", "destination");
        URI login = console.signIn(user, accountId, roleName, destination);
        return ResponseEntity.status(HttpStatus.FOUND).location(login).cacheControl(CacheControl.noStore()).build();
    }
}
