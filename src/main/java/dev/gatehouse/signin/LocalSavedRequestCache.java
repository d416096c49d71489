package dev.gatehouse.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the sign-in's success handlers send the browser: the page it asked for before it had to sign in, read from
 * Spring Security's session cache as a path on this server (never another host, whatever the request's Host header
 * said) and without Spring's {@code continue} marker, so the address bar shows a clean URL. Only a page (a GET)
 * counts; without one the handlers use their default. Reading the page also forgets it, so it is used once.
 */
class LocalSavedRequestCache implements RequestCache {

    private static final String CONTINUE_MARKER = "continue";

    private final HttpSessionRequestCache sessions = new HttpSessionRequestCache();

    /** To the page asked for before the sign-in, else the start page. */
    static SavedRequestAwareAuthenticationSuccessHandler toSavedPageOrStart() {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/start");
        handler.setRequestCache(new LocalSavedRequestCache());
        return handler;
    }

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        sessions.saveRequest(request, response);
    }

    @Override
    public @Nullable SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = sessions.getRequest(request, response);
        if (saved == null) {
            return null;
        }
        sessions.removeRequest(request, response);
        if (!(saved instanceof DefaultSavedRequest page) || !"GET".equals(page.getMethod())) {
            return null;
        }
        String path = page.getRequestURI();
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return null;
        }
        String query = page.getQueryString() == null ? null : UriComponentsBuilder.newInstance()
                .query(page.getQueryString()).replaceQueryParam(CONTINUE_MARKER).build().getQuery();
        return new SimpleSavedRequest(query == null || query.isEmpty() ? path : path + "?" + query);
    }

    @Override
    public @Nullable HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        return sessions.getMatchingRequest(request, response);
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        sessions.removeRequest(request, response);
    }
}
