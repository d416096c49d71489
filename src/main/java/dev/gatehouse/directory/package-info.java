/**
 * The built-in directory: users, groups, memberships, password hashes, external identity links and
 * API tokens.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.gatehouse.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
