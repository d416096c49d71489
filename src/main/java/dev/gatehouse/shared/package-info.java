/**
 * The few types every module shares: who caused an event and from where ({@link dev.gatehouse.shared.Origin}),
 * the contract of events the audit trail records ({@link dev.gatehouse.shared.AuditableEvent}), the shape of a
 * failure a user can act on ({@link dev.gatehouse.shared.ExplainedException}) and the request id every request
 * carries. It depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package dev.gatehouse.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
