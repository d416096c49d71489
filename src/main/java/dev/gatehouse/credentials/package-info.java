/**
 * Temporary AWS credentials for one user in one account as one permission set: the trust modes (for now
 * {@code assume-role}), the STS client, Gatehouse's own AWS identity, and the formats credentials are exported
 * in (shells, credentials file, {@code credential_process}). Every request is re-checked against the entitlement
 * query; secrets are returned to the caller only, never logged, stored or put into an event.
 */
@ApplicationModule(allowedDependencies = { "access", "shared" })
@NullMarked
package dev.gatehouse.credentials;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
