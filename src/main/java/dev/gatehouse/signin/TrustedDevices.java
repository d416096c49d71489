package dev.gatehouse.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.gatehouse.directory.UserPasswordChanged;
import dev.gatehouse.shared.Sha256;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsers that passed the second step, for the "only when the sign-in context changes" prompt. The cookie is
 * an opaque random token ({@code HttpOnly}, {@code SameSite=Lax}, {@code Secure} over HTTPS), valid for 30 days
 * and only for the user it was issued to; all of a user's trusted browsers are forgotten whenever their devices
 * or password change.
 */
@Component
class TrustedDevices {

    static final String COOKIE = "GATEHOUSE_TRUSTED_DEVICE";
    static final Duration LIFETIME = Duration.ofDays(30);
    private static final int MAX_TOKEN_LENGTH = 64;

    private final TrustedDeviceRepository devices;
    private final Clock clock;

    TrustedDevices(TrustedDeviceRepository devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    @Transactional
    void trust(UUID userId, HttpServletRequest request, HttpServletResponse response) {
        Instant now = clock.instant();
        devices.deleteExpired(now);
        String token = RandomSecrets.randomToken();
        devices.save(new TrustedDevice(userId, Sha256.hex(token), now, now.plus(LIFETIME)));
        ResponseCookie cookie = ResponseCookie.from(COOKIE, token)
                .path("/")
                .maxAge(LIFETIME)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    boolean isTrusted(UUID userId, @Nullable String token) {
        return token != null && devices.isTrusted(userId, Sha256.hex(token), clock.instant());
    }

    @Transactional
    void forgetAll(UUID userId) {
        devices.deleteByUserId(userId);
    }

    /** Whoever set the new password (an admin, or the user), in the transaction that stored it. */
    @EventListener
    void passwordChanged(UserPasswordChanged event) {
        forgetAll(event.userId());
    }

    static @Nullable String cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                    && cookie.getValue().length() <= MAX_TOKEN_LENGTH) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
