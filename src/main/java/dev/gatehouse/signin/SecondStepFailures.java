package dev.gatehouse.signin;

import java.time.Clock;
import java.util.UUID;

import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.UserPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A refused second factor: counted towards the pause of the user's second step (5 within 15 minutes, like
 * passwords) and published as {@link MfaFailed}, in a transaction of its own that commits before the refusal is
 * thrown.
 */
@Component
class SecondStepFailures {

    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondStepFailures(SignInThrottle throttle, ApplicationEventPublisher events, Clock clock) {
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param counts whether the failure counts towards the pause (a guess), or only is recorded
     * @return whether the user's second step is paused now
     */
    @Transactional
    boolean record(UserPrincipal user, Origin origin, String method, String reason, boolean counts) {
        return record(user.userId(), user.username(), origin, method, reason, counts);
    }

    @Transactional
    boolean record(UUID userId, String username, Origin origin, String method, String reason, boolean counts) {
        boolean paused = false;
        if (counts) {
            throttle.recordSecondStepFailure(username);
            paused = throttle.secondStepPaused(username);
        }
        events.publishEvent(new MfaFailed(clock.instant(), origin, userId, username, method, reason, paused));
        return paused;
    }
}
