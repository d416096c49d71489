package dev.gatehouse.portal;

import dev.gatehouse.credentials.CredentialExports;
import dev.gatehouse.credentials.CredentialsManagement;
import dev.gatehouse.credentials.RoleSession;
import dev.gatehouse.credentials.TemporaryCredentials;
import dev.gatehouse.settings.PortalProperties;
import dev.gatehouse.shared.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code POST /start/credentials} (form fields {@code account_id}, {@code role_name} and the CSRF token): fresh
 * credentials as the access keys popup (a page without JavaScript), or as JSON for {@code Accept:
 * application/json}. Never cached.
 */
@Controller
class CredentialsController {

    private final CredentialsManagement credentials;
    private final PortalProperties portal;

    CredentialsController(CredentialsManagement credentials, PortalProperties portal) {
        this.credentials = credentials;
        this.portal = portal;
    }

    /** The JSON shape; its {@code toString()} hides the secrets, since Spring logs response bodies at DEBUG. */
    record CredentialsJson(String accessKeyId, String secretAccessKey, String sessionToken, String expiration) {

        static CredentialsJson of(TemporaryCredentials credentials) {
            return new CredentialsJson(credentials.accessKeyId(), credentials.secretAccessKey(),
                    credentials.sessionToken(), credentials.expiration().toString());
        }

        @Override
        public String toString() {
            return "CredentialsJson[accessKeyId=" + accessKeyId + ", expiration=" + expiration + "]";
        }
    }

    @PostMapping(path = "/start/credentials", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CredentialsJson> json(@AuthenticationPrincipal UserPrincipal user,
            @RequestParam("account_id") String accountId, @RequestParam("role_name") String roleName,
            HttpServletRequest request) {
        RepeatedParameter.rejectRepeated(request, "account_id", "role_name");
        RoleSession session = credentials.issue(user, accountId, roleName);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .body(CredentialsJson.of(session.credentials()));
    }

    @PostMapping("/start/credentials")
    String page(@AuthenticationPrincipal UserPrincipal user, @RequestParam("account_id") String accountId,
            @RequestParam("role_name") String roleName, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        RepeatedParameter.rejectRepeated(request, "account_id", "role_name");
        RoleSession session = credentials.issue(user, accountId, roleName);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        model.addAttribute("popup", new CredentialsPopup(session, CredentialExports.of(session),
                portal.startUrl().toString(), credentials.region()));
        return "portal/credentials";
    }
}
