/**
 * The pages users see after signing in, starting with the start page.
 */
@ApplicationModule(allowedDependencies = { "signin", "access", "credentials", "console" })
@NullMarked
package dev.gatehouse.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
