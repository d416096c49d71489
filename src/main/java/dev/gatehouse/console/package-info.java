/**
 * Console sign-in through AWS federation: credentials from the credentials module, a sign-in token from the
 * partition's federation endpoint, and the login URL the browser is redirected to. Destinations are limited to
 * the partition's console hosts over https, so the portal is never an open redirect. Neither the sign-in token
 * nor the login URL is ever logged or stored.
 */
@ApplicationModule(allowedDependencies = { "credentials", "settings", "shared" })
@NullMarked
package dev.gatehouse.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
