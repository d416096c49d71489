/**
 * Assignments (user or group x AWS account x permission set) and the entitlement query: what one user may
 * use right now. The entitlement query reads the directory's, accounts' and permission sets' tables in one
 * indexed SQL statement, because the start page and every credential request need it fast.
 */
@ApplicationModule(allowedDependencies = { "directory", "accounts", "permissionsets", "shared" })
@NullMarked
package dev.gatehouse.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
