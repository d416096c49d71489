/**
 * Signing in to the browser portal: the browser security chain, the sign-in page, lockout, and multi-factor
 * authentication of directory users (authenticator apps, passkeys, recovery codes, trusted browsers, the second
 * sign-in step and the user's security page).
 */
@ApplicationModule(allowedDependencies = { "directory", "settings", "shared" })
@NullMarked
package dev.gatehouse.signin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
