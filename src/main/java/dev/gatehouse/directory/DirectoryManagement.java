package dev.gatehouse.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.gatehouse.shared.LikePattern;
import dev.gatehouse.shared.NotFoundException;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.RejectedException;
import dev.gatehouse.shared.Versions;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The directory's users: sign-in look-up and what admins do with users. Every change publishes an event (see
 * {@link UserCreated} and its siblings) inside the transaction that made it. Input is validated here, whoever
 * calls: a violation throws {@code jakarta.validation.ConstraintViolationException}, a taken username a
 * {@link RejectedException} (409), a stale {@code expectedVersion} an {@link ObjectOptimisticLockingFailureException}.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class DirectoryManagement {

    private final UserRepository users;
    private final GroupRepository groups;
    private final DirectoryProperties properties;
    private final ExternalIdentityRepository identities;
    private final ExternalSignIns externalSignIns;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryManagement(UserRepository users, GroupRepository groups, DirectoryProperties properties,
            ExternalIdentityRepository identities, ExternalSignIns externalSignIns, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.groups = groups;
        this.properties = properties;
        this.identities = identities;
        this.externalSignIns = externalSignIns;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Looks a user up by username, ignoring case. */
    public Optional<SignInAccount> findSignInAccount(String username) {
        return users.findByUsernameKey(User.usernameKey(username)).map(this::signInAccount);
    }

    /** Looks a user up by id, for sign-ins that name the user by id (passkeys). */
    public Optional<SignInAccount> findSignInAccount(UUID userId) {
        return users.findById(userId).map(this::signInAccount);
    }

    /**
     * The signed-in user replaces their own password; the caller has checked the current one. Stored only as a
     * hash, and published as {@link UserPasswordChanged} with the user as its origin.
     *
     * @throws NotFoundException when there is no such user
     */
    @Transactional
    public void changePassword(UUID userId, @ValidPassword String newPassword) {
        changePassword(load(userId), newPassword, false);
    }

    private SignInAccount signInAccount(User user) {
        return new SignInAccount(user.id(), user.username(), user.displayName(), user.passwordHash(), user.active(),
                isAdmin(user.id()));
    }

    public long countUsers() {
        return users.count();
    }

    /**
     * Signs someone in through an OIDC provider: finds the user linked to the identity, or links or creates one,
     * updates display name and email, and replaces the user's memberships in the provider's groups with the
     * token's. A disabled user is returned unchanged, with {@code active} false, for the caller to refuse.
     * Empty when the identity may not have a user: {@code autoCreateUsers} is off and no unclaimed, password-less
     * user has exactly the provider's username (ignoring case, never folded or mapped). Two first sign-ins of one identity at the same moment may fail one of them with a
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

    /** Whether the user belongs to the admin group ({@code gatehouse.directory.admin-group}). */
    public boolean isAdmin(UUID userId) {
        return users.isMemberOf(userId, Group.nameKey(properties.adminGroup()));
    }

    public String adminGroupName() {
        return properties.adminGroup();
    }

    /** Users whose username, display name or email contains {@code query} (ignoring case), by username. */
    public Page<UserView> findUsers(@Nullable String query, Pageable pageable) {
        return users.search(LikePattern.containing(query), byUsername(pageable)).map(User::toView);
    }

    public UserView getUser(UUID id) {
        return load(id).toView();
    }

    public Optional<UserView> findUser(UUID id) {
        return users.findById(id).map(User::toView);
    }

    public Optional<UserView> findUserByUsername(String username) {
        return users.findByUsernameKey(User.usernameKey(username)).map(User::toView);
    }

    /** The users of these ids that exist, by username: a picker's selection. */
    public List<UserView> usersByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : users.findByIdIn(ids).stream().map(User::toView)
                .sorted(Comparator.comparing(UserView::username, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public boolean userExists(UUID id) {
        return users.existsById(id);
    }

    /** Every user, by username, for an import or export; directories here hold thousands, not millions. */
    public List<UserView> allUsers() {
        return users.findAll(Sort.by("usernameKey")).stream().map(User::toView).toList();
    }

    @Transactional
    public UserView createUser(@Valid NewUser user) {
        requireFreeUsername(user.username(), null);
        Instant now = clock.instant();
        User created = new User(user.username(), user.displayName(), user.email(), UserSource.DIRECTORY, now);
        created.update(user.username(), user.displayName(), user.email(), Boolean.TRUE.equals(user.active()), now);
        if (user.password() != null) {
            created.changePasswordHash(passwordEncoder.encode(user.password()), now);
        }
        users.saveAndFlush(created);
        events.publishEvent(new UserCreated(created.id(), created.username(), created.snapshot(), Origin.current(), now));
        return created.toView();
    }

    /** Changes the user's fields; {@code expectedVersion} is the version the admin's form or request was based on. */
    @Transactional
    public UserView updateUser(UUID id, long expectedVersion, @Valid UserChanges changes) {
        User user = load(id);
        Versions.requireCurrent(User.class, id, user.version(), expectedVersion);
        requireFreeUsername(changes.username(), id);
        Map<String, Object> before = user.snapshot();
        boolean wasActive = user.active();
        boolean active = Boolean.TRUE.equals(changes.active());
        Instant now = clock.instant();
        if (!user.update(changes.username(), changes.displayName(), changes.email(), active, now)) {
            return user.toView();
        }
        Map<String, Object> after = user.snapshot();
        users.saveAndFlush(user);
        Origin origin = Origin.current();
        if (wasActive && !active) {
            events.publishEvent(new UserDisabled(id, user.username(), before, after, origin, now));
        }
        else if (!wasActive && active) {
            events.publishEvent(new UserEnabled(id, user.username(), before, after, origin, now));
        }
        if (!withoutActive(before).equals(withoutActive(after))) {
            events.publishEvent(new UserUpdated(id, user.username(), before, after, origin, now));
        }
        return user.toView();
    }

    /** Deletes the user with their group memberships and, through {@link UserDeleted}, their assignments. */
    @Transactional
    public void deleteUser(UUID id) {
        User user = load(id);
        Map<String, Object> before = user.snapshot();
        before.put("groups", groups.groupsOf(id).stream().map(Group::name).toList());
        users.deleteMemberships(id);
        events.publishEvent(new UserDeleted(id, user.username(), before, Origin.current(), clock.instant()));
        users.delete(user);
        users.flush();
    }

    /** Sets the password an admin typed. It is stored only as a hash and never logged. */
    @Transactional
    public void setPassword(UUID id, @ValidPassword String password) {
        changePassword(load(id), password, false);
    }

    /** Sets a new random password and returns it: the only time anyone sees it. */
    @Transactional
    public String resetPassword(UUID id) {
        String password = Passwords.generate();
        changePassword(load(id), password, true);
        return password;
    }

    private void changePassword(User user, String password, boolean generated) {
        Instant now = clock.instant();
        user.changePasswordHash(passwordEncoder.encode(password), now);
        users.saveAndFlush(user);
        events.publishEvent(new UserPasswordChanged(user.id(), user.username(), generated, Origin.current(), now));
    }

    User load(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private void requireFreeUsername(String username, @Nullable UUID self) {
        users.findByUsernameKey(User.usernameKey(username))
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw RejectedException.duplicate("username", "user.username.taken",
                            "The username " + username + " is taken.", username);
                });
    }

    static Pageable byUsername(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("usernameKey"));
    }

    private static Map<String, Object> withoutActive(Map<String, Object> fields) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.remove("active");
        return copy;
    }
}
