package dev.gatehouse.signin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.gatehouse.shared.Sha256;
import dev.gatehouse.testsupport.MutableClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedDevicesTests {

    private final List<TrustedDevice> stored = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
    private final TrustedDevices devices = new TrustedDevices(new InMemoryRepository(), clock);

    @Test
    void overHttpsTheCookieIsSecure() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        devices.trust(UUID.randomUUID(), request, response);

        assertThat(response.getHeader("Set-Cookie")).startsWith(TrustedDevices.COOKIE + "=")
                .contains("; Secure", "; HttpOnly", "; SameSite=Lax", "; Max-Age=2592000");
    }

    @Test
    void onlyTheHashOfTheTokenIsKept() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        UUID user = UUID.randomUUID();

        devices.trust(user, new MockHttpServletRequest(), response);

        String token = response.getHeader("Set-Cookie").replaceFirst("^[^=]+=([^;]+);.*$", "$1");
        assertThat(ReflectionTestUtils.getField(stored.get(0), "tokenHash")).isEqualTo(Sha256.hex(token))
                .isNotEqualTo(token);
        MockHttpServletRequest next = new MockHttpServletRequest();
        next.setCookies(new Cookie(TrustedDevices.COOKIE, token));
        assertThat(TrustedDevices.cookieValue(next)).isEqualTo(token);
        next.setCookies(new Cookie(TrustedDevices.COOKIE, "x".repeat(65)));
        assertThat(TrustedDevices.cookieValue(next)).as("no oversized tokens").isNull();
    }

    private final class InMemoryRepository implements TrustedDeviceRepository {

        @Override
        public TrustedDevice save(TrustedDevice device) {
            stored.add(device);
            return device;
        }

        @Override
        public boolean isTrusted(UUID userId, String tokenHash, Instant now) {
            return false;
        }

        @Override
        public int deleteByUserId(UUID userId) {
            return 0;
        }

        @Override
        public int deleteExpired(Instant now) {
            return 0;
        }
    }
}
