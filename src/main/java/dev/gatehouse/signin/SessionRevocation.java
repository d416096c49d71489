package dev.gatehouse.signin;

import java.util.Map;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.GroupMembershipChanged;
import dev.gatehouse.directory.UserDeleted;
import dev.gatehouse.directory.UserDisabled;
import dev.gatehouse.directory.UserPasswordChanged;
import dev.gatehouse.directory.UserUpdated;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends a user's browser sessions once what they signed in with no longer holds: the user was disabled, deleted or
 * renamed, got a new password or had their MFA devices reset by an admin, or left the admin group. A session keeps
 * what it learnt at sign-in (admin or not), so without this a disabled admin would keep the admin pages until the
 * session expired. The sessions go in the transaction of the change (sessions live in the same database).
 */
@Component
class SessionRevocation {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final DirectoryManagement directory;

    SessionRevocation(FindByIndexNameSessionRepository<? extends Session> sessions, DirectoryManagement directory) {
        this.sessions = sessions;
        this.directory = directory;
    }

    /** Saved together with a rename, the disabled user's sessions may carry either name. */
    @EventListener
    void disabled(UserDisabled event) {
        endSessionsOf(event.target(), null);
        String before = usernameIn(event.before());
        if (before != null && !before.equals(event.target())) {
            endSessionsOf(before, null);
        }
    }

    /**
     * Sessions are found by the username they signed in with, which also becomes their AWS role session name: a
     * renamed user's sessions (even after a change of case only) end, and they sign in again under the new name.
     */
    @EventListener
    void updated(UserUpdated event) {
        String before = usernameIn(event.before());
        if (before != null && !before.equals(usernameIn(event.after()))) {
            endSessionsOf(before, null);
        }
    }

    @EventListener
    void deleted(UserDeleted event) {
        endSessionsOf(event.target(), null);
    }

    /** Whoever sets their own password (a user on their security page, an admin) keeps the session doing it. */
    @EventListener
    void passwordSet(UserPasswordChanged event) {
        boolean own = event.userId().equals(event.origin().userId());
        endSessionsOf(event.target(), own ? currentSessionId() : null);
    }

    @EventListener
    void mfaReset(MfaReset event) {
        endSessionsOf(event.username(), null);
    }

    @EventListener
    void membershipChanged(GroupMembershipChanged event) {
        if (event.target().equalsIgnoreCase(directory.adminGroupName())) {
            event.removed().forEach(username -> endSessionsOf(username, null));
        }
    }

    /** Ends every session of the user but {@code keep}, which may be null. */
    private void endSessionsOf(String username, @Nullable String keep) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(sessions::deleteById);
    }

    private static @Nullable String usernameIn(@Nullable Map<String, Object> fields) {
        return fields != null && fields.get("username") instanceof String username ? username : null;
    }

    private static @Nullable String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }
}
