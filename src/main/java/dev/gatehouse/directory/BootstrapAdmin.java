package dev.gatehouse.directory;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Creates the first admin when Gatehouse starts with an empty directory. Once any user exists it never
 * creates, changes or resets anyone, so a forgotten bootstrap password in the configuration is harmless.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    static final int MINIMUM_API_TOKEN_LENGTH = 32;

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserRepository users;
    private final GroupRepository groups;
    private final ApiTokenRepository apiTokens;
    private final PasswordEncoder passwordEncoder;
    private final DirectoryProperties properties;
    private final TransactionOperations transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BootstrapAdmin(UserRepository users, GroupRepository groups, ApiTokenRepository apiTokens,
            PasswordEncoder passwordEncoder, DirectoryProperties properties, TransactionOperations transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.groups = groups;
        this.apiTokens = apiTokens;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DirectoryProperties.BootstrapAdmin admin = properties.bootstrapAdmin();
        checkConfiguredSecrets(admin);
        String password = admin.password() != null ? admin.password() : Passwords.generate();
        boolean created;
        try {
            created = Boolean.TRUE.equals(transactions.execute(status -> users.count() == 0 && createAdmin(admin, password)));
        }
        catch (DataIntegrityViolationException raceLost) {
            log.info("Another Gatehouse node created the bootstrap admin at the same time; keeping that one");
            return;
        }
        if (!created) {
            return;
        }
        if (admin.password() == null) {
            log.warn(generatedPasswordNotice(admin.username(), password));
        }
        else {
            log.info("Created the bootstrap admin '{}' with the configured password", admin.username());
        }
    }

    private boolean createAdmin(DirectoryProperties.BootstrapAdmin admin, String password) {
        var now = clock.instant();
        User user = new User(admin.username(), admin.username(), null, UserSource.DIRECTORY, now);
        user.changePasswordHash(passwordEncoder.encode(password), now);
        users.save(user);

        Group adminGroup = groups.findByNameKey(Group.nameKey(properties.adminGroup()))
                .orElseGet(() -> groups.save(new Group(properties.adminGroup(),
                        "Members are Gatehouse administrators", now)));
        adminGroup.addMember(user);
        Map<String, Object> created = user.snapshot();
        created.put("groups", List.of(adminGroup.name()));
        events.publishEvent(new UserCreated(user.id(), user.username(), created, Origin.system(), now));

        if (admin.apiToken() != null) {
            apiTokens.save(new ApiToken(user.id(), "bootstrap", Sha256.hex(admin.apiToken()), now));
        }
        return true;
    }

    private static String generatedPasswordNotice(String username, String secret) {
        return "\n\n*** Gatehouse bootstrap admin created. Username: " + username + "  Password: " + secret
                + "  (shown only this once: sign in and keep it somewhere safe) ***\n";
    }

    private static void checkConfiguredSecrets(DirectoryProperties.BootstrapAdmin admin) {
        if (admin.password() != null && !PasswordRule.allows(admin.password())) {
            throw new IllegalStateException("gatehouse.directory.bootstrap-admin.password must have at least "
                    + ValidPassword.MIN_CHARACTERS + " characters and at most " + ValidPassword.MAX_BYTES
                    + " bytes in UTF-8");
        }
        if (admin.apiToken() != null && admin.apiToken().length() < MINIMUM_API_TOKEN_LENGTH) {
            throw new IllegalStateException("gatehouse.directory.bootstrap-admin.api-token must have at least "
                    + MINIMUM_API_TOKEN_LENGTH + " characters");
        }
    }
}
