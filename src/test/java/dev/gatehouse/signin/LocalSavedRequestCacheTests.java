package dev.gatehouse.signin;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LocalSavedRequestCacheTests {

    private final MockHttpSession session = new MockHttpSession();
    private final LocalSavedRequestCache cache = new LocalSavedRequestCache();

    @Test
    void thePageAskedForIsALocalPathWithoutTheContinueMarkerWhateverTheHostHeaderSaid() {
        save("GET", "evil.example", "/admin/users", "q=a%20b&continue&page=2");

        assertThat(cache.getRequest(next(), new MockHttpServletResponse()))
                .extracting(SavedRequest::getRedirectUrl).isEqualTo("/admin/users?q=a%20b&page=2");
    }

    @Test
    void thePageIsUsedOnce() {
        save("GET", "localhost", "/start", "continue");

        assertThat(cache.getRequest(next(), new MockHttpServletResponse()))
                .extracting(SavedRequest::getRedirectUrl).isEqualTo("/start");
        assertThat(cache.getRequest(next(), new MockHttpServletResponse())).isNull();
    }

    @Test
    void aFormPostOrAPathThatCouldLeaveTheSiteIsNoPageToReturnTo() {
        save("POST", "localhost", "/settings/security/recovery-codes", null);
        assertThat(cache.getRequest(next(), new MockHttpServletResponse())).isNull();

        save("GET", "localhost", "//evil.example/start", null);
        assertThat(cache.getRequest(next(), new MockHttpServletResponse())).isNull();
    }

    private void save(String method, String host, String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServerName(host);
        request.setQueryString(query);
        request.setSession(session);
        var sessions = new HttpSessionRequestCache();
        sessions.setRequestMatcher(any -> true);
        sessions.saveRequest(request, new MockHttpServletResponse());
    }

    private MockHttpServletRequest next() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/signin/mfa");
        request.setSession(session);
        return request;
    }
}
