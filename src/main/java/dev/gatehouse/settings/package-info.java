/**
 * Settings: the portal's configuration properties, and the runtime settings admins change while Gatehouse
 * runs (the MFA policy), which start from configuration properties until first saved.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.gatehouse.settings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
