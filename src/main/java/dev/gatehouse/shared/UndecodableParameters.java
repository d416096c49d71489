package dev.gatehouse.shared;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A query or form whose parameters the server cannot decode (a broken percent-encoding, too many of them) is the
 * client's mistake: a 400 and one warning. Left alone, it reaches the server's log as an error that quotes the
 * parameter, which may be a password.
 */
@Component
class UndecodableParameters implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UndecodableParameters.class);

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            @Nullable Object handler, Exception ex) {
        if (!(ex instanceof InvalidParameterException)) {
            return null;
        }
        log.warn("Refused {} {}: its parameters cannot be decoded", request.getMethod(), request.getRequestURI());
        try {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
        catch (IOException gone) {
            log.debug("Could not answer the refused request", gone);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
