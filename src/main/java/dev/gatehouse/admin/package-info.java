/**
 * The admin pages and the admin REST API, built on the public APIs of the other modules. Intended
 * dependencies, added as those modules appear: directory, accounts, permissionsets, access, provisioning, audit,
 * settings.
 */
@ApplicationModule(allowedDependencies = { "directory", "accounts", "permissionsets", "access", "audit", "shared" })
@NullMarked
package dev.gatehouse.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
