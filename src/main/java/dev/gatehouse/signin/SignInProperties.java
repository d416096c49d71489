package dev.gatehouse.signin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gatehouse.signin.*}.
 *
 * @param oidc settings per OIDC provider, keyed by the registration id of
 *        {@code spring.security.oauth2.client.registration.{registrationId}}
 */
@ConfigurationProperties("gatehouse.signin")
record SignInProperties(@DefaultValue Lockout lockout, @DefaultValue Password password,
        @DefaultValue Map<String, Oidc> oidc) {

    SignInProperties {
        oidc = Map.copyOf(oidc);
    }

    /** The provider's settings, the defaults when it has none. */
    Oidc oidc(String registrationId) {
        Oidc settings = oidc.get(registrationId);
        return settings != null ? settings : new Oidc(null, "groups", List.of(), true);
    }

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

    /** @param enabled whether the sign-in page has the username and password form of the built-in directory */
    record Password(@DefaultValue("true") boolean enabled) {
    }

    /**
     * @param usernameClaim the claim naming the user; unset means {@code preferred_username}, else a verified
     *        {@code email}
     * @param groupsClaim the claim listing the user's groups, as names or paths
     * @param adminGroups groups (names or paths, compared ignoring case) whose members are Gatehouse admins
     * @param autoCreateUsers whether a first sign-in creates the user; when false, only users created
     *        beforehand sign in, matched by username
     */
    record Oidc(
            @Nullable String usernameClaim,
            @DefaultValue("groups") String groupsClaim,
            @DefaultValue List<String> adminGroups,
            @DefaultValue("true") boolean autoCreateUsers) {

        Oidc {
            usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? null : usernameClaim.strip();
            adminGroups = List.copyOf(adminGroups);
        }
    }
}
