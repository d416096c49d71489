package dev.gatehouse.credentials;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What Gatehouse knows about its own AWS identity, as STS's {@code GetCallerIdentity} answered it.
 *
 * @param status whether Gatehouse has AWS credentials and whether AWS accepted them
 * @param arn Gatehouse's ARN when {@code KNOWN}, else null
 * @param problem why the check failed (never a secret), or null
 */
public record AwsIdentity(Status status, @Nullable String arn, @Nullable String problem) {

    private static final Pattern ASSUMED_ROLE = Pattern.compile("arn:([\\w-]+):sts::(\\d{12}):assumed-role/([^/]+)/.+");

    public enum Status {
        /** Not asked yet (start-up is still checking). */
        UNCHECKED,
        /** AWS said who Gatehouse is. */
        KNOWN,
        /** The SDK's default credential chain found no credentials. */
        NO_CREDENTIALS,
        /** STS could not be reached in time. */
        UNREACHABLE,
        /** STS rejected Gatehouse's credentials (expired, invalid, not allowed). */
        REFUSED
    }

    static AwsIdentity unchecked() {
        return new AwsIdentity(Status.UNCHECKED, null, null);
    }

    static AwsIdentity known(String arn) {
        return new AwsIdentity(Status.KNOWN, arn, null);
    }

    static AwsIdentity failed(Status status, String problem) {
        return new AwsIdentity(status, null, problem);
    }

    public boolean known() {
        return status == Status.KNOWN;
    }

    /**
     * Whether Gatehouse runs on role credentials (an assumed-role session). AWS caps every session assumed from
     * one ("role chaining") at 1 hour and refuses a console {@code SessionDuration} for it.
     */
    public boolean roleSession() {
        return arn != null && ASSUMED_ROLE.matcher(arn).matches();
    }

    /**
     * The principal a role's trust policy must name to let Gatehouse assume it: Gatehouse's ARN, or for a role
     * session the role's ARN (written without the role's path, which a session ARN does not show). Null when
     * not known.
     */
    public @Nullable String trustedPrincipal() {
        if (arn == null) {
            return null;
        }
        Matcher session = ASSUMED_ROLE.matcher(arn);
        return session.matches()
                ? "arn:" + session.group(1) + ":iam::" + session.group(2) + ":role/" + session.group(3)
                : arn;
    }
}
