/**
 * Settings: the portal's configuration properties, and later the runtime settings admins change.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package dev.gatehouse.settings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
