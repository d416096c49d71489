package dev.gatehouse.shared;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class OriginTests {

    record Alice(UUID userId, String username) implements UserPrincipal {

        @Override
        public String displayName() {
            return username;
        }
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void namesTheSignedInUserAndTheRequestItCameIn() throws Exception {
        UUID id = UUID.randomUUID();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(new Alice(id, "alice"), null, List.of()));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.7");
        request.addHeader("User-Agent", "x".repeat(600));
        request.addHeader(RequestIds.HEADER, "lb-trace-0001");
        MockHttpServletResponse response = new MockHttpServletResponse();

        Origin[] seen = new Origin[1];
        new RequestIds().doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
                seen[0] = Origin.current();
            }
        });

        assertThat(seen[0].userId()).isEqualTo(id);
        assertThat(seen[0].username()).isEqualTo("alice");
        assertThat(seen[0].clientAddress()).isEqualTo("203.0.113.7");
        assertThat(seen[0].userAgent()).hasSize(Origin.MAX_USER_AGENT);
        assertThat(seen[0].requestId()).isEqualTo("lb-trace-0001");
        assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo("lb-trace-0001");
    }

    @Test
    void aRequestIdThatIsNotAPlainTokenIsReplaced() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader(RequestIds.HEADER, "evil\r\nSet-Cookie: x=1");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new RequestIds().doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader(RequestIds.HEADER)).matches("[0-9a-f-]{36}");
    }

    @Test
    void anAttemptNamesTheGivenUsernameWithoutAUserIdAndTheSystemHasNoRequest() {
        assertThat(Origin.attempt("mallory")).isEqualTo(new Origin(null, "mallory", null, null, null));
        assertThat(Origin.system().username()).isEqualTo("system");
    }

    @Test
    void ofNamesAUserWhoIsNoLongerInTheSecurityContextWithTheCurrentRequest() {
        UUID id = UUID.randomUUID();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.4");
        request.addHeader("User-Agent", "Firefox");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        Origin origin = Origin.of(new Alice(id, "alice"));

        assertThat(origin.userId()).isEqualTo(id);
        assertThat(origin.username()).isEqualTo("alice");
        assertThat(origin.clientAddress()).isEqualTo("198.51.100.4");
        assertThat(origin.userAgent()).isEqualTo("Firefox");
    }
}
