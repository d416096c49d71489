/**
 * The admin pages and the admin REST API, built on the public APIs of the other modules.
 */
@ApplicationModule(allowedDependencies = { "directory", "accounts", "permissionsets", "access", "provisioning",
        "audit", "settings" })
@NullMarked
package dev.gatehouse.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
