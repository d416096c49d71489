/**
 * The admin pages and the admin REST API, built on the public APIs of the other modules.
 */
@ApplicationModule(allowedDependencies = { "directory", "accounts", "permissionsets", "access", "audit", "settings",
        "signin", "shared" })
@NullMarked
package dev.gatehouse.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
