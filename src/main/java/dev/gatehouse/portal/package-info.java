/**
 * The pages users see after signing in, starting with the start page. Intended dependencies, added as those
 * modules appear: signin, access, credentials, console.
 */
@ApplicationModule(allowedDependencies = { "signin", "access", "audit" })
@NullMarked
package dev.gatehouse.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
