package dev.gatehouse.console;

import java.net.URI;
import java.time.Clock;

import dev.gatehouse.credentials.AccessKind;
import dev.gatehouse.credentials.AuthorizedRole;
import dev.gatehouse.credentials.AwsProperties;
import dev.gatehouse.credentials.CredentialsManagement;
import dev.gatehouse.credentials.RoleSession;
import dev.gatehouse.settings.PortalProperties;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.UserPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Signs a user in to the AWS console as one permission set in one account: re-checks the entitlement, checks
 * the destination, assumes the role, gets a sign-in token from the partition's federation endpoint and returns
 * the login URL. The URL carries the sign-in token: send it to the browser as a redirect only, never log or
 * store it.
 */
@Service
public class ConsoleSignIn {

    private final CredentialsManagement credentials;
    private final FederationClient federation;
    private final AwsProperties aws;
    private final PortalProperties portal;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    ConsoleSignIn(CredentialsManagement credentials, FederationClient federation, AwsProperties aws,
            PortalProperties portal, ApplicationEventPublisher events, TransactionOperations transactions,
            Clock clock) {
        this.credentials = credentials;
        this.federation = federation;
        this.aws = aws;
        this.portal = portal;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param roleName the permission set's name, as in AWS's shortcut links ({@code role_name})
     * @param destination the console URL to land on, or null for the relay state or the console home
     * @throws dev.gatehouse.credentials.CredentialsException when the user is not entitled or STS fails
     * @throws ConsoleException for a destination outside the console, or when the federation endpoint fails
     */
    public URI signIn(UserPrincipal user, String accountId, String roleName, @Nullable String destination) {
        AuthorizedRole role = credentials.authorize(user, accountId, roleName, AccessKind.CONSOLE);
        Partition partition = Partition.of(role.partition());
        URI landing = ConsoleDestinations.choose(partition, destination, role.relayState());
        RoleSession session = credentials.assume(role);
        URI endpoint = aws.endpoints().federation() != null ? aws.endpoints().federation()
                : partition.federationEndpoint();
        String token = federation.signinToken(endpoint, session.credentials(),
                session.roleChained() ? null : role.sessionDuration());
        URI login = federation.loginUrl(endpoint, portal.startUrl(), landing, token);
        ConsoleSignInIssued event = new ConsoleSignInIssued(clock.instant(), Origin.current(), role.accountId(),
                role.permissionSetName(), role.roleArn(), landing.toString(), session.credentials().accessKeyId(),
                session.roleChained());
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        return login;
    }
}
