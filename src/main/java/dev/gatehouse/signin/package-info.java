/**
 * Signing in to the browser portal: the browser security chain, the sign-in page and lockout.
 */
@ApplicationModule(allowedDependencies = { "directory", "shared" })
@NullMarked
package dev.gatehouse.signin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
