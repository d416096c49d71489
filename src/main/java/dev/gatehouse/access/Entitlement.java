package dev.gatehouse.access;

import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One way a user may use one permission set in one AWS account.
 *
 * @param partition {@code aws}, {@code aws-cn} or {@code aws-us-gov}
 * @param sessionDuration the permission set's session duration (1 to 12 hours)
 * @param relayState the console URL to land on, or null for the console home
 * @param roleName the IAM role's name in the account ({@code GatehouseReserved_{name}} unless the permission
 *        set names an existing role)
 * @param viaGroup the group the assignment was made to, or null for an assignment to the user directly
 */
public record Entitlement(String accountId, String accountName, @Nullable String accountEmail, String partition,
        UUID permissionSetId, String permissionSetName, Duration sessionDuration, @Nullable String relayState,
        String roleName, @Nullable String viaGroup) {

    /** {@code arn:{partition}:iam::{accountId}:role/{roleName}}: the role must sit at IAM's root path, {@code /}. */
    public String roleArn() {
        return "arn:" + partition + ":iam::" + accountId + ":role/" + roleName;
    }
}
