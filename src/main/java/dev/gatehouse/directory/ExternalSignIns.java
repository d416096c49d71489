package dev.gatehouse.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds or provisions the user behind an OIDC sign-in. Identities are linked by (issuer, subject) only, never
 * by email. A new identity creates a user, or, with {@code autoCreateUsers} off, claims the pre-created user of
 * the same username; with it on, an existing user is never claimed (a provider's user named {@code admin} must
 * not become Gatehouse's admin), so a taken name gets a hash suffix instead.
 */
@Component
class ExternalSignIns {

    private static final Logger log = LoggerFactory.getLogger(ExternalSignIns.class);

    private final UserRepository users;
    private final ExternalIdentityRepository identities;
    private final ProviderGroups providerGroups;
    private final DirectoryProperties properties;
    private final Clock clock;

    ExternalSignIns(UserRepository users, ExternalIdentityRepository identities, ProviderGroups providerGroups,
            DirectoryProperties properties, Clock clock) {
        this.users = users;
        this.identities = identities;
        this.providerGroups = providerGroups;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs inside the caller's transaction. */
    Optional<SignInAccount> signIn(ExternalSignIn signIn) {
        Instant now = clock.instant();
        ExternalIdentity identity = identities.findByIssuerAndSubject(signIn.issuer(), signIn.subject()).orElse(null);
        User user;
        if (identity != null) {
            user = users.findById(identity.userId()).orElseThrow();
        }
        else {
            Optional<User> provisioned = provision(signIn, now);
            if (provisioned.isEmpty()) {
                return Optional.empty();
            }
            user = provisioned.get();
            identity = identities.save(new ExternalIdentity(user.id(), signIn.issuer(), signIn.subject(), now));
        }
        if (!user.active()) {
            return Optional.of(account(user, false));
        }
        identity.signedIn(signIn.registrationId(), signIn.idpUsername(), now);
        user.updateProfile(signIn.displayName(), signIn.email(), now);
        boolean adminByGroup = providerGroups.replaceMemberships(user, signIn, now);
        boolean admin = adminByGroup || users.isMemberOf(user.id(), Group.nameKey(properties.adminGroup()));
        return Optional.of(account(user, admin));
    }

    private Optional<User> provision(ExternalSignIn signIn, Instant now) {
        if (!signIn.autoCreateUsers()) {
            return claim(signIn);
        }
        String username = ExternalNames.username(signIn.idpUsername());
        Optional<User> existing = users.findByUsernameKey(User.usernameKey(username));
        if (existing.isPresent()) {
            username = ExternalNames.distinctUsername(username, signIn.issuer(), signIn.subject());
            if (users.findByUsernameKey(User.usernameKey(username)).isPresent()) {
                log.warn("Refused sign-in through {}: both '{}' and its distinct form are taken",
                        signIn.registrationId(), ExternalNames.username(signIn.idpUsername()));
                return Optional.empty();
            }
        }
        log.info("Created user '{}' at the first sign-in through {}", username, signIn.registrationId());
        return Optional.of(users.save(new User(username, signIn.displayName(), signIn.email(), UserSource.OIDC, now)));
    }

    /**
     * The user an administrator created for this identity: named exactly as the provider names them (ignoring
     * case, never folded or mapped, see {@link ExternalNames#claimableUsername}), without a password (a directory
     * user who signs in with one, such as the bootstrap admin, is never taken over), and not yet linked to
     * another identity of the same issuer.
     */
    private Optional<User> claim(ExternalSignIn signIn) {
        Optional<User> existing = ExternalNames.claimableUsername(signIn.idpUsername())
                .flatMap(name -> users.findByUsernameKey(User.usernameKey(name)));
        if (existing.isEmpty()) {
            log.info("Refused sign-in through {}: no user '{}' and auto-create-users is off",
                    signIn.registrationId(), ExternalNames.username(signIn.idpUsername()));
            return Optional.empty();
        }
        User user = existing.get();
        if (user.passwordHash() != null) {
            log.warn("Refused sign-in through {}: user '{}' signs in with a password, so no provider may claim it",
                    signIn.registrationId(), user.username());
            return Optional.empty();
        }
        if (identities.existsByUserIdAndIssuer(user.id(), signIn.issuer())) {
            log.warn("Refused sign-in through {}: user '{}' is already linked to another identity of {}",
                    signIn.registrationId(), user.username(), signIn.issuer());
            return Optional.empty();
        }
        log.info("Linked user '{}' to an identity of {} by username", user.username(), signIn.issuer());
        return existing;
    }

    private static SignInAccount account(User user, boolean admin) {
        return new SignInAccount(user.id(), user.username(), user.displayName(), null, user.active(), admin);
    }
}
