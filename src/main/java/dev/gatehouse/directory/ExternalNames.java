package dev.gatehouse.directory;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.gatehouse.shared.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * How names from an identity provider become directory names. Usernames must be valid AWS role session names
 * ({@code [\w+=,.@-]{2,64}}), because Gatehouse uses them as {@code RoleSessionName} and {@code SourceIdentity}:
 * accents are dropped ({@code é} becomes {@code e}), every other character outside {@code A-Z a-z 0-9 _ + = , . @ -}
 * becomes {@code -}, and a name shorter than 2 or longer than 64 characters is cut to fit and given a dash and
 * the first 8 hex digits of the SHA-256 of the original name. The same input always gives the same name.
 */
public final class ExternalNames {

    static final int MAX_USERNAME = 64;
    static final int MIN_USERNAME = 2;
    static final int MAX_GROUP_NAME = 128;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^\\w+=,.@-]");
    private static final Pattern CLAIMABLE = Pattern.compile(NewUser.USERNAME);
    private static final int HASH_LENGTH = 8;

    private ExternalNames() {
    }

    /** The Gatehouse username for the username an identity provider sent; never blank for a non-blank input. */
    public static String username(String idpUsername) {
        String plain = MARKS.matcher(Normalizer.normalize(idpUsername.strip(), Normalizer.Form.NFKD)).replaceAll("");
        String mapped = NOT_ALLOWED.matcher(plain).replaceAll("-");
        if (mapped.length() >= MIN_USERNAME && mapped.length() <= MAX_USERNAME) {
            return mapped;
        }
        return withHash(mapped, idpUsername, MAX_USERNAME);
    }

    /**
     * The name of the existing user a sign-in may claim: the provider's username exactly as sent, when it already
     * is a valid Gatehouse username (ASCII, {@link NewUser#USERNAME}). Never folded or mapped, so {@code ａｄｍｉｎ},
     * {@code ádmin} or a Kelvin sign for {@code k} claim nobody; empty for any other name.
     */
    static Optional<String> claimableUsername(String idpUsername) {
        return CLAIMABLE.matcher(idpUsername).matches() ? Optional.of(idpUsername) : Optional.empty();
    }

    /**
     * The username for a new user whose mapped name is already taken by someone else: the name with a dash and a
     * hash of the user's issuer and subject, so it is the same at every sign-in and differs between identities.
     */
    static String distinctUsername(String mappedUsername, String issuer, String subject) {
        return withHash(mappedUsername, issuer + '\n' + subject, MAX_USERNAME);
    }

    /**
     * The directory group name for a group value from a token, or null for a blank one. Values may be names
     * ({@code developers}) or paths ({@code /platform/admins}); a leading {@code /} is dropped, so Keycloak's
     * top-level groups have the same name whether or not its mapper sends full paths.
     */
    public static @Nullable String groupName(String idpGroup) {
        String name = idpGroup.strip();
        if (name.startsWith("/")) {
            name = name.substring(1).strip();
        }
        if (name.isEmpty()) {
            return null;
        }
        return name.length() <= MAX_GROUP_NAME ? name : withHash(name, idpGroup, MAX_GROUP_NAME);
    }

    /** The name an identity provider's group gets when its plain name belongs to a group managed elsewhere. */
    static String qualifiedGroupName(String groupName, String registrationId) {
        String qualified = groupName + " (" + registrationId + ")";
        return qualified.length() <= MAX_GROUP_NAME ? qualified : withHash(qualified, qualified, MAX_GROUP_NAME);
    }

    private static String withHash(String name, String hashed, int maxLength) {
        String suffix = "-" + Sha256.hex(hashed).substring(0, HASH_LENGTH);
        String kept = name.length() > maxLength - suffix.length() ? name.substring(0, maxLength - suffix.length()) : name;
        return kept + suffix;
    }
}
