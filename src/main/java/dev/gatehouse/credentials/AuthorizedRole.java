package dev.gatehouse.credentials;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A role the user has just been found entitled to, checked on the server by
 * {@link CredentialsManagement#authorize}; only that method creates one.
 */
public final class AuthorizedRole {

    private final String username;
    private final String accountId;
    private final String accountName;
    private final String permissionSetName;
    private final String partition;
    private final String roleArn;
    private final Duration sessionDuration;
    private final @Nullable String relayState;

    AuthorizedRole(String username, String accountId, String accountName, String permissionSetName,
            String partition, String roleArn, Duration sessionDuration, @Nullable String relayState) {
        this.username = username;
        this.accountId = accountId;
        this.accountName = accountName;
        this.permissionSetName = permissionSetName;
        this.partition = partition;
        this.roleArn = roleArn;
        this.sessionDuration = sessionDuration;
        this.relayState = relayState;
    }

    /** The user's name, which is also the role session name and the source identity. */
    public String username() {
        return username;
    }

    public String accountId() {
        return accountId;
    }

    public String accountName() {
        return accountName;
    }

    /** The permission set's name as stored (its case may differ from the request's). */
    public String permissionSetName() {
        return permissionSetName;
    }

    /** {@code aws}, {@code aws-cn} or {@code aws-us-gov}. */
    public String partition() {
        return partition;
    }

    public String roleArn() {
        return roleArn;
    }

    /** The permission set's session duration, before any cap. */
    public Duration sessionDuration() {
        return sessionDuration;
    }

    /** The permission set's console URL to land on, or null for the console home. */
    public @Nullable String relayState() {
        return relayState;
    }

    @Override
    public String toString() {
        return "AuthorizedRole[" + username + " as " + roleArn + "]";
    }
}
