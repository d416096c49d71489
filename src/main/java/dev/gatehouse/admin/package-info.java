/**
 * The admin pages and the admin REST API, built on the public APIs of the other modules. Intended
 * dependencies, added as those modules appear: directory, accounts, permissionsets, access, provisioning, audit,
 * settings, signin.
 */
@ApplicationModule(allowedDependencies = { "directory", "settings", "signin" })
@NullMarked
package dev.gatehouse.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
