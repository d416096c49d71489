/**
 * The AWS account registry: the 12-digit accounts Gatehouse gives access to, with name, email and partition.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.gatehouse.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
