package dev.gatehouse.directory;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's public API. */
@Service
@Transactional(readOnly = true)
public class DirectoryManagement {

    private final UserRepository users;
    private final GroupRepository groups;
    private final DirectoryProperties properties;

    DirectoryManagement(UserRepository users, GroupRepository groups, DirectoryProperties properties) {
        this.users = users;
        this.groups = groups;
        this.properties = properties;
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
}
