/**
 * The pages users see after signing in: the start page with their accounts and permission sets, the console
 * sign-in route and the access keys popup. Every console and credentials request is authorised again by the
 * credentials module against the entitlement query.
 */
@ApplicationModule(allowedDependencies = { "access", "credentials", "console", "audit", "settings", "shared" })
@NullMarked
package dev.gatehouse.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
