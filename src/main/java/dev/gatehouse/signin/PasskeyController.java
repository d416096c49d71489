package dev.gatehouse.signin;

import java.util.Map;

import dev.gatehouse.directory.SignInAccount;
import dev.gatehouse.shared.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registering a passkey from the browser, in WebAuthn's JSON (the shapes of Spring Security's own WebAuthn
 * endpoints): {@code POST .../options} for {@code navigator.credentials.create}, then {@code POST} with
 * {@code {"publicKey": {"credential": ..., "label": ...}}}. Errors are {@code ProblemDetail}s whose detail the page
 * shows.
 */
@RestController
@RequestMapping("/settings/security/passkeys")
class PasskeyController {

    static final int MAX_LABEL_LENGTH = 64;
    private static final Logger log = LoggerFactory.getLogger(PasskeyController.class);

    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    private final CurrentAccounts accounts;
    private final Passkeys passkeys;
    private final SecondStepPolicy policy;
    private final MfaManagement mfa;
    private final SignInSessions sessions;
    private final MessageSource messages;

    PasskeyController(CurrentAccounts accounts, Passkeys passkeys, SecondStepPolicy policy, MfaManagement mfa,
            SignInSessions sessions, MessageSource messages) {
        this.accounts = accounts;
        this.passkeys = passkeys;
        this.policy = policy;
        this.mfa = mfa;
        this.sessions = sessions;
        this.messages = messages;
    }

    @PostMapping(path = "/options", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> options(@AuthenticationPrincipal UserPrincipal principal, HttpSession session) {
        SignInAccount account = accounts.of(principal);
        if (!policy.mayAddPasskey(account)) {
            return problem(HttpStatus.FORBIDDEN, "security.passkey.error.off");
        }
        Passkeys.Registration registration = passkeys.start(account);
        session.setAttribute(PendingPasskey.SESSION_ATTRIBUTE, registration.pending());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(registration.options()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> register(@AuthenticationPrincipal UserPrincipal principal, @RequestBody String body,
            HttpSession session, HttpServletRequest request, HttpServletResponse response) {
        SignInAccount account = accounts.of(principal);
        if (!policy.mayAddPasskey(account)) {
            return problem(HttpStatus.FORBIDDEN, "security.passkey.error.off");
        }
        if (!(session.getAttribute(PendingPasskey.SESSION_ATTRIBUTE) instanceof PendingPasskey pending)
                || !pending.userId().equals(account.id()) || passkeys.expired(pending)) {
            return problem(HttpStatus.BAD_REQUEST, "security.passkey.error.expired");
        }
        session.removeAttribute(PendingPasskey.SESSION_ATTRIBUTE);
        RelyingPartyPublicKey publicKey;
        try {
            JsonNode node = json.readTree(body).path("publicKey");
            publicKey = json.treeToValue(node, RelyingPartyPublicKey.class);
        }
        catch (JacksonException | IllegalArgumentException unreadable) {
            return problem(HttpStatus.BAD_REQUEST, "security.passkey.error.unreadable");
        }
        String label = publicKey.getLabel() == null ? "" : publicKey.getLabel().strip();
        if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
            return problem(HttpStatus.BAD_REQUEST, "security.passkey.error.label", MAX_LABEL_LENGTH);
        }
        try {
            mfa.registerPasskey(account, pending, new RelyingPartyPublicKey(publicKey.getCredential(), label));
        }
        catch (DataAccessException storageFailure) {
            throw storageFailure;
        }
        catch (RuntimeException notVerified) {
            // webauthn4j reads the authenticator's CBOR and JSON: anything it cannot verify is the client's fault.
            log.debug("Refused a passkey registration for {}", account.username(), notVerified);
            return problem(HttpStatus.BAD_REQUEST, "security.passkey.error.not-verified");
        }
        sessions.registeredDuringSignIn(MfaAuthorities.WEBAUTHN, request, response);
        return ResponseEntity.ok(Map.of("success", true));
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String messageKey, Object... arguments) {
        String detail = messages.getMessage(messageKey, arguments, LocaleContextHolder.getLocale());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
