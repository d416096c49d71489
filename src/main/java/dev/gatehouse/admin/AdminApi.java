package dev.gatehouse.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.web.bind.annotation.RestController;

/**
 * A controller of the admin REST API: its errors are {@code ProblemDetail}s ({@link AdminApiExceptionHandler}),
 * while the admin pages next to it keep the site's error pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@interface AdminApi {
}
