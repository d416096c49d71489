package dev.gatehouse.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's public API. */
@Service
@Transactional(readOnly = true)
public class DirectoryManagement {

    private final UserRepository users;
    private final GroupRepository groups;
    private final DirectoryProperties properties;
    private final ExternalIdentityRepository identities;
    private final ExternalSignIns externalSignIns;

    DirectoryManagement(UserRepository users, GroupRepository groups, DirectoryProperties properties,
            ExternalIdentityRepository identities, ExternalSignIns externalSignIns) {
        this.users = users;
        this.groups = groups;
        this.properties = properties;
        this.identities = identities;
        this.externalSignIns = externalSignIns;
    }

    /** Looks a user up by username, ignoring case. */
    public Optional<SignInAccount> findSignInAccount(String username) {
        return users.findByUsernameKey(User.usernameKey(username)).map(user -> new SignInAccount(
                user.id(), user.username(), user.displayName(), user.passwordHash(), user.active(),
                users.isMemberOf(user.id(), Group.nameKey(properties.adminGroup()))));
    }

    public long countUsers() {
        return users.count();
    }

    public long countGroups() {
        return groups.count();
    }

    /**
     * Signs someone in through an OIDC provider: finds the user linked to the identity, or links or creates one,
     * updates display name and email, and replaces the user's memberships in the provider's groups with the
     * token's. A disabled user is returned unchanged, with {@code active} false, for the caller to refuse.
     * Empty when the identity may not have a user: {@code autoCreateUsers} is off and no unclaimed user has its
     * username. Two first sign-ins of one identity at the same moment may fail one of them with a
     * {@code DataIntegrityViolationException}; calling again then finds the identity the other one linked.
     *
     * @return the account; its {@code passwordHash} is always null and {@code admin} counts both the admin group
     *         and the token's {@code adminGroups}
     */
    @Transactional
    public Optional<SignInAccount> signInExternal(ExternalSignIn signIn) {
        return externalSignIns.signIn(signIn);
    }

    /** The identities at OIDC providers that sign the user in, oldest link first; empty for an unknown user. */
    public List<ExternalIdentityView> signInIdentitiesOf(UUID userId) {
        return users.findById(userId)
                .map(user -> identities.findByUserIdOrderByCreatedAt(userId).stream()
                        .map(identity -> identity.toView(user.username()))
                        .toList())
                .orElse(List.of());
    }
}
