/**
 * Permission set definitions: what a user may do in an AWS account (managed and customer policies, an inline
 * policy, a permissions boundary, session duration, relay state, tags), and the IAM role each becomes there.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.gatehouse.permissionsets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
