package dev.gatehouse.directory;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's public API. */
@Service
@Transactional(readOnly = true)
public class DirectoryManagement {

    private final UserRepository users;
    private final GroupRepository groups;
    private final DirectoryProperties properties;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DirectoryManagement(UserRepository users, GroupRepository groups, DirectoryProperties properties,
            PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.groups = groups;
        this.properties = properties;
        this.passwordEncoder = passwordEncoder;
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
     * Replaces a user's password; the caller has checked who asks. The password is stored only as a hash.
     *
     * @throws java.util.NoSuchElementException when there is no such user
     */
    @Transactional
    public void changePassword(UUID userId, String newPassword) {
        User user = users.findById(userId).orElseThrow();
        user.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
    }

    private SignInAccount signInAccount(User user) {
        return new SignInAccount(user.id(), user.username(), user.displayName(), user.passwordHash(), user.active(),
                users.isMemberOf(user.id(), Group.nameKey(properties.adminGroup())));
    }

    public long countUsers() {
        return users.count();
    }

    public long countGroups() {
        return groups.count();
    }
}
