package dev.gatehouse.shared;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who caused an event and from where, captured on the thread that handled the request (listeners run later,
 * on other threads, where neither the request nor the security context exists any more).
 *
 * @param userId the acting user's id, or null when there is none (a failed sign-in, the system)
 * @param username the acting user's name, or the name someone tried to sign in with, or {@code system}
 * @param clientAddress the client's IP address as Gatehouse sees it (behind a proxy, set the forward headers strategy)
 * @param userAgent the {@code User-Agent} header, cut to {@value #MAX_USER_AGENT} characters
 * @param requestId the request's id, also in the {@code X-Request-Id} response header and the log lines
 */
public record Origin(@Nullable UUID userId, @Nullable String username, @Nullable String clientAddress,
        @Nullable String userAgent, @Nullable String requestId) {

    static final int MAX_USER_AGENT = 512;
    static final String SYSTEM = "system";

    /** The signed-in user and the current request, as far as they exist on this thread. */
    public static Origin current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UserPrincipal user) {
            return fromRequest(user.userId(), user.username());
        }
        return fromRequest(null, null);
    }

    /**
     * The given user and the current request, for an event about a user who is not (or no longer) in the
     * security context, such as signing out.
     */
    public static Origin of(UserPrincipal user) {
        return fromRequest(user.userId(), user.username());
    }

    /** Someone who named themselves {@code username} but is not (yet) signed in: a sign-in attempt. */
    public static Origin attempt(String username) {
        return fromRequest(null, username);
    }

    /** Gatehouse itself: start-up import, scheduled jobs. */
    public static Origin system() {
        return new Origin(null, SYSTEM, null, null, null);
    }

    private static Origin fromRequest(@Nullable UUID userId, @Nullable String username) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return new Origin(userId, username != null ? username : SYSTEM, null, null, null);
        }
        HttpServletRequest request = attributes.getRequest();
        String userAgent = request.getHeader("User-Agent");
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
        return new Origin(userId, username, request.getRemoteAddr(), userAgent, RequestIds.of(request));
    }
}
