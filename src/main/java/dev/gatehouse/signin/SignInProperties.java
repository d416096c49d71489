package dev.gatehouse.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code gatehouse.signin.*}. */
@ConfigurationProperties("gatehouse.signin")
record SignInProperties(@DefaultValue Lockout lockout) {

    /**
     * @param maxFailures failed attempts for one username within {@code window} that pause its sign-in
     * @param maxFailuresPerAddress failed attempts from one client address within {@code window} that pause
     *        sign-in from that address
     * @param window how far back failures count
     * @param duration how long sign-in stays paused
     */
    record Lockout(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("50") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration duration) {
    }
}
