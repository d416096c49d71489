package dev.gatehouse.credentials;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import dev.gatehouse.access.Entitlement;
import dev.gatehouse.access.EntitlementQuery;
import dev.gatehouse.credentials.CredentialsException.Reason;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Temporary credentials for one user in one account as one permission set (trust mode {@code assume-role}):
 * the entitlement is re-checked on the server, then Gatehouse's own AWS identity calls {@code sts:AssumeRole}
 * with the username as role session name and source identity. Nothing here stores or logs a secret.
 */
@Service
public class CredentialsManagement {

    /** AWS's limit for a session assumed from a role session ("role chaining"). */
    public static final Duration ROLE_CHAINING_LIMIT = Duration.ofHours(1);
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern PERMISSION_SET_NAME = Pattern.compile("[\\w+=,.@-]{1,32}");
    private static final int MAX_ECHOED = 64;
    private static final Logger log = LoggerFactory.getLogger(CredentialsManagement.class);

    private final EntitlementQuery entitlements;
    private final StsClient sts;
    private final CallerIdentityCheck identity;
    private final StsFailures failures;
    private final AwsProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    CredentialsManagement(EntitlementQuery entitlements, StsClient sts, CallerIdentityCheck identity,
            StsFailures failures, AwsProperties properties, ApplicationEventPublisher events,
            TransactionOperations transactions, Clock clock) {
        this.entitlements = entitlements;
        this.sts = sts;
        this.identity = identity;
        this.failures = failures;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Checks that the user may use the permission set (named as in AWS's shortcut links, any case) in the
     * account, and that their username can name an AWS session.
     *
     * @throws CredentialsException {@code NOT_ENTITLED} (after publishing {@link AccessDenied}) whether or not the
     *         account or permission set exists; {@code SESSION_NAME_REFUSED} for a username outside
     *         {@code [\w+=,.@-]{2,64}}, which is never rewritten
     */
    public AuthorizedRole authorize(UserPrincipal user, String accountId, String permissionSetName, AccessKind kind) {
        // Ids that no account or permission set can have are not looked up (PostgreSQL refuses a NUL, for one).
        boolean wellFormed = ACCOUNT_ID.matcher(accountId).matches()
                && PERMISSION_SET_NAME.matcher(permissionSetName).matches();
        Entitlement entitlement = wellFormed
                ? entitlements.find(user.userId(), accountId, permissionSetName).orElse(null)
                : null;
        if (entitlement == null) {
            publish(new AccessDenied(clock.instant(), Origin.current(), kind, accountId, permissionSetName));
            throw new CredentialsException(Reason.NOT_ENTITLED, echo(permissionSetName), echo(accountId));
        }
        if (!SESSION_NAME.matcher(user.username()).matches()) {
            throw new CredentialsException(Reason.SESSION_NAME_REFUSED, echo(user.username()));
        }
        return new AuthorizedRole(user.username(), entitlement.accountId(), entitlement.accountName(),
                entitlement.permissionSetName(), entitlement.partition(), entitlement.roleArn(),
                entitlement.sessionDuration(), entitlement.relayState());
    }

    /**
     * Assumes the role for the user, for the permission set's session duration (capped at 1 hour when Gatehouse
     * runs on role credentials). Publishes nothing: the caller publishes the event of what it does with the
     * session ({@link #issue} publishes {@link CredentialsIssued}).
     *
     * @throws CredentialsException when Gatehouse has no AWS credentials, or STS refuses, throttles or does not
     *         answer within {@code gatehouse.aws.timeout}
     */
    public RoleSession assume(AuthorizedRole role) {
        AwsIdentity self = identity.require();
        boolean chained = self.roleSession();
        Duration duration = chained && role.sessionDuration().compareTo(ROLE_CHAINING_LIMIT) > 0
                ? ROLE_CHAINING_LIMIT
                : role.sessionDuration();
        AssumeRoleRequest request = AssumeRoleRequest.builder()
                .roleArn(role.roleArn())
                .roleSessionName(role.username())
                .sourceIdentity(role.username())
                .durationSeconds(Math.toIntExact(duration.toSeconds()))
                .build();
        Credentials credentials;
        try {
            credentials = sts.assumeRole(request).credentials();
        }
        catch (SdkException e) {
            log.warn("AssumeRole of {} for {} failed: {}", role.roleArn(), role.username(), failures.describe(e));
            throw failures.translate(e, role.roleArn(), self.trustedPrincipal());
        }
        return new RoleSession(role, new TemporaryCredentials(credentials.accessKeyId(),
                credentials.secretAccessKey(), credentials.sessionToken(), credentials.expiration()), duration, chained);
    }

    /**
     * Fresh credentials for the access keys popup or the CLI: {@link #authorize}, {@link #assume}, then
     * {@link CredentialsIssued} (with the access key id, never the secret).
     */
    public RoleSession issue(UserPrincipal user, String accountId, String permissionSetName) {
        RoleSession session = assume(authorize(user, accountId, permissionSetName, AccessKind.CREDENTIALS));
        AuthorizedRole role = session.role();
        publish(new CredentialsIssued(clock.instant(), Origin.current(), role.accountId(), role.permissionSetName(),
                role.roleArn(), session.duration().toSeconds(), session.credentials().accessKeyId(),
                session.credentials().expiration(), session.cappedByRoleChaining()));
        return session;
    }

    /** Gatehouse's own AWS identity as last checked; never calls AWS. */
    public AwsIdentity awsIdentity() {
        return identity.lastKnown();
    }

    /** The region of Gatehouse's STS endpoint, also the one to give {@code aws configure sso}. */
    public String region() {
        return properties.region();
    }

    /** Publishes in a transaction of its own, so transactional listeners (the audit trail) receive it. */
    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static String echo(String value) {
        return value.length() <= MAX_ECHOED ? value : value.substring(0, MAX_ECHOED) + "…";
    }
}
