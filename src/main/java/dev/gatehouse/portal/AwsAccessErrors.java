package dev.gatehouse.portal;

import java.util.Locale;
import java.util.Map;

import dev.gatehouse.credentials.CredentialsException;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of console sign-in and credentials requests, as a page a user can act on or, for JSON requests, as
 * {@code ProblemDetail}; title and detail come from the exception's message codes. Never cached.
 */
@ControllerAdvice(assignableTypes = { ConsoleController.class, CredentialsController.class })
class AwsAccessErrors {

    private final MessageSource messages;

    AwsAccessErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** Including a missing or unreadable field, so a JSON client gets every failure here in the same shape. */
    @ExceptionHandler(exception = { ErrorResponseException.class, ServletRequestBindingException.class },
            produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
    ResponseEntity<ProblemDetail> json(ErrorResponse failure, Locale locale) {
        return ResponseEntity.status(failure.getStatusCode())
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(failure.updateAndGetBody(messages, locale));
    }

    @ExceptionHandler
    ModelAndView page(ErrorResponseException failure, Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        ProblemDetail problem = failure.updateAndGetBody(messages, locale);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        ModelAndView page = new ModelAndView("portal/problem");
        page.setStatus(failure.getStatusCode());
        page.addObject("problem", problem);
        Map<String, Object> properties = problem.getProperties() == null ? Map.of() : problem.getProperties();
        page.addObject("reason", String.valueOf(properties.get("reason")));
        page.addObject("roleArn", properties.get("roleArn"));
        if (properties.get("trustedPrincipal") instanceof String principal) {
            page.addObject("trustStatement", TrustPolicy.statementFor(principal));
        }
        page.addObject("noAwsCredentials",
                failure instanceof CredentialsException credentials
                        && credentials.reason() == CredentialsException.Reason.NO_AWS_CREDENTIALS);
        return page;
    }
}
