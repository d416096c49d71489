package dev.gatehouse.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.gatehouse.shared.Origin;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pauses sign-in for a username after {@code maxFailures} failures within the window, and for a client
 * address after {@code maxFailuresPerAddress}. A pause starts at the failure that crosses the limit and
 * lasts {@code duration}; attempts refused during a pause are not counted, so the pause does not grow.
 * Unknown usernames are counted like known ones, so the answer never tells whether a user exists. The failure
 * that starts a pause publishes {@link SignInPaused}, one for the username and one for the address.
 */
@Component
class SignInThrottle {

    private static final int MAX_KEYED_USERNAME = 128;

    private final SignInFailureRepository failures;
    private final SignInProperties.Lockout lockout;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInThrottle(SignInFailureRepository failures, SignInProperties properties, ApplicationEventPublisher events,
            Clock clock) {
        this.failures = failures;
        this.lockout = properties.lockout();
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    void checkAllowed(String username, String clientAddress) {
        Instant now = clock.instant();
        pausedUntil(userKey(username), lockout.maxFailures(), now)
                .ifPresent(until -> {
                    throw new SignInPausedException(SignInPausedException.Reason.USERNAME);
                });
        pausedUntil(addressKey(clientAddress), lockout.maxFailuresPerAddress(), now)
                .ifPresent(until -> {
                    throw new SignInPausedException(SignInPausedException.Reason.ADDRESS);
                });
    }

    @Transactional
    void recordFailure(String username, String clientAddress) {
        Instant now = clock.instant();
        failures.deleteOlderThan(now.minus(lockout.window()).minus(lockout.duration()));
        failures.save(new SignInFailure(userKey(username), now));
        failures.save(new SignInFailure(addressKey(clientAddress), now));
        // Attempts are refused, not counted, while either pause lasts: a pause found now began with this failure.
        pausedUntil(userKey(username), lockout.maxFailures(), now).ifPresent(until -> events.publishEvent(
                new SignInPaused(now, Origin.attempt(username), "username", until, lockout.maxFailures(),
                        lockout.window())));
        pausedUntil(addressKey(clientAddress), lockout.maxFailuresPerAddress(), now).ifPresent(until -> events
                .publishEvent(new SignInPaused(now, Origin.attempt(username), "address", until,
                        lockout.maxFailuresPerAddress(), lockout.window())));
    }

    @Transactional
    void recordSuccess(String username) {
        failures.deleteByThrottleKey(userKey(username));
    }

    private Optional<Instant> pausedUntil(String key, int limit, Instant now) {
        List<Instant> times = failures.failureTimesSince(key, now.minus(lockout.window()).minus(lockout.duration()));
        Instant latestPauseEnd = null;
        for (int last = limit - 1; last < times.size(); last++) {
            Instant first = times.get(last - limit + 1);
            if (!times.get(last).isAfter(first.plus(lockout.window()))) {
                latestPauseEnd = times.get(last).plus(lockout.duration());
            }
        }
        return Optional.ofNullable(latestPauseEnd).filter(now::isBefore);
    }

    private static String userKey(String username) {
        String bounded = username.length() > MAX_KEYED_USERNAME ? username.substring(0, MAX_KEYED_USERNAME) : username;
        // A typed NUL as U+FFFD: PostgreSQL refuses NUL in text.
        return "user:" + bounded.toLowerCase(Locale.ROOT).replace('\u0000', '\uFFFD');
    }

    private static String addressKey(String clientAddress) {
        return "address:" + clientAddress;
    }

    /**
     * The second step (codes after the password, or confirming a sensitive change) has its own count per user under
     * the same limits, so wrong codes never pause the password step, nor the reverse.
     */
    @Transactional(readOnly = true)
    void checkSecondStepAllowed(String username) {
        if (secondStepPaused(username)) {
            throw new SignInPausedException(SignInPausedException.Reason.USERNAME);
        }
    }

    @Transactional(readOnly = true)
    boolean secondStepPaused(String username) {
        return pausedUntil(secondStepKey(username), lockout.maxFailures(), clock.instant()).isPresent();
    }

    @Transactional
    void recordSecondStepFailure(String username) {
        Instant now = clock.instant();
        failures.deleteOlderThan(now.minus(lockout.window()).minus(lockout.duration()));
        failures.save(new SignInFailure(secondStepKey(username), now));
    }

    @Transactional
    void recordSecondStepSuccess(String username) {
        failures.deleteByThrottleKey(secondStepKey(username));
    }

    private static String secondStepKey(String username) {
        return "second-step:" + userKey(username);
    }
}
