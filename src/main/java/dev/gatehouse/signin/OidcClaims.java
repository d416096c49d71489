package dev.gatehouse.signin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.gatehouse.directory.ExternalSignIn;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;

/**
 * Reads a provider's claims (ID token and user info, merged) into what the directory needs. The username comes
 * from the provider's {@code username-claim}; without one from {@code preferred_username}, else from {@code email}
 * unless {@code email_verified} is false. The display name is {@code name}, else given and family name, else the
 * username. Groups are the {@code groups-claim}'s values: a list, or a single string.
 */
final class OidcClaims {

    static final String NO_USERNAME = "gatehouse_no_username";

    private static final int MAX_DISPLAY_NAME = 256;
    private static final int MAX_EMAIL = 320;
    private static final int MAX_ISSUER = 1024;
    private static final int MAX_SUBJECT = 255;

    private OidcClaims() {
    }

    static ExternalSignIn toSignIn(OidcProviders.OidcProvider provider, String issuer, String subject,
            Map<String, Object> claims) {
        if (issuer.length() > MAX_ISSUER || subject.isEmpty() || subject.length() > MAX_SUBJECT) {
            throw refused("invalid_id_token", "The ID token's issuer or subject is too long or empty");
        }
        SignInProperties.Oidc settings = provider.settings();
        String username = username(settings.usernameClaim(), claims);
        if (username == null) {
            String claim = settings.usernameClaim() != null ? settings.usernameClaim()
                    : StandardClaimNames.PREFERRED_USERNAME + ", " + StandardClaimNames.EMAIL;
            throw refused(NO_USERNAME, claim);
        }
        String email = text(claims, StandardClaimNames.EMAIL);
        if (email != null && email.length() > MAX_EMAIL) {
            email = null;
        }
        return new ExternalSignIn(provider.registrationId(), issuer, subject, username,
                cut(displayName(claims, username), MAX_DISPLAY_NAME), email, groups(claims.get(settings.groupsClaim())),
                settings.adminGroups(), settings.autoCreateUsers());
    }

    private static @Nullable String username(@Nullable String configuredClaim, Map<String, Object> claims) {
        if (configuredClaim != null) {
            return text(claims, configuredClaim);
        }
        String preferred = text(claims, StandardClaimNames.PREFERRED_USERNAME);
        if (preferred != null) {
            return preferred;
        }
        boolean unverified = Boolean.FALSE.equals(claims.get(StandardClaimNames.EMAIL_VERIFIED))
                || "false".equals(claims.get(StandardClaimNames.EMAIL_VERIFIED));
        return unverified ? null : text(claims, StandardClaimNames.EMAIL);
    }

    private static String displayName(Map<String, Object> claims, String username) {
        String name = text(claims, StandardClaimNames.NAME);
        if (name != null) {
            return name;
        }
        String given = text(claims, StandardClaimNames.GIVEN_NAME);
        String family = text(claims, StandardClaimNames.FAMILY_NAME);
        String joined = ((given != null ? given : "") + " " + (family != null ? family : "")).strip();
        return joined.isEmpty() ? username : joined;
    }

    private static List<String> groups(@Nullable Object claim) {
        List<String> groups = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                if (value instanceof String group && !group.isBlank()) {
                    groups.add(group);
                }
            }
        }
        else if (claim instanceof String group && !group.isBlank()) {
            groups.add(group);
        }
        return groups;
    }

    private static @Nullable String text(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof String value && !value.isBlank() ? value.strip() : null;
    }

    private static String cut(String value, int maxLength) {
        return value.length() <= maxLength ? value : value.substring(0, maxLength);
    }

    static OAuth2AuthenticationException refused(String code, String description) {
        OAuth2Error error = new OAuth2Error(code, description, null);
        return new OAuth2AuthenticationException(error, error.toString());
    }
}
