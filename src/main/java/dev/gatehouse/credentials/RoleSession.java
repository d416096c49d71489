package dev.gatehouse.credentials;

import java.time.Duration;

/**
 * A role session just obtained from STS.
 *
 * @param duration how long the credentials were asked to last (the permission set's duration, or 1 hour when
 *        capped)
 * @param roleChained whether Gatehouse itself runs on role credentials: AWS then caps the session at 1 hour and a
 *        console sign-in must not ask for a session duration
 */
public record RoleSession(AuthorizedRole role, TemporaryCredentials credentials, Duration duration,
        boolean roleChained) {

    /** Whether the credentials last less than the permission set allows, because of role chaining. */
    public boolean cappedByRoleChaining() {
        return roleChained && duration.compareTo(role.sessionDuration()) < 0;
    }
}
