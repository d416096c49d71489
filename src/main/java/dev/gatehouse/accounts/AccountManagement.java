package dev.gatehouse.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The AWS account registry. Input is validated here whoever calls ({@code ConstraintViolationException}); a
 * registered id is refused with a {@link RejectedException} (409); a stale {@code expectedVersion} throws an
 * {@link ObjectOptimisticLockingFailureException}. Every change publishes an event in its transaction.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class AccountManagement {

    private final AwsAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountManagement(AwsAccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Accounts whose name, id or email contains {@code query}, ignoring case, by name. */
    public Page<AccountView> findAccounts(@Nullable String query, Pageable pageable) {
        return accounts.search(LikePattern.containing(query),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "accountId")))
                .map(AwsAccount::toView);
    }

    public AccountView getAccount(String accountId) {
        return load(accountId).toView();
    }

    public Optional<AccountView> findAccount(String accountId) {
        return isAccountId(accountId) ? accounts.findById(accountId).map(AwsAccount::toView) : Optional.empty();
    }

    public boolean exists(String accountId) {
        return isAccountId(accountId) && accounts.existsById(accountId);
    }

    public long countAccounts() {
        return accounts.count();
    }

    /** Every account by name, for pickers and the import. */
    public List<AccountView> allAccounts() {
        return accounts.findAll(Sort.by("name", "accountId")).stream().map(AwsAccount::toView).toList();
    }

    @Transactional
    public AccountView register(@Valid AccountDetails details) {
        if (accounts.existsById(details.accountId())) {
            throw RejectedException.duplicate("accountId", "account.accountId.taken",
                    "The account " + details.accountId() + " is registered already.", details.accountId());
        }
        Instant now = clock.instant();
        AwsAccount account = accounts.save(new AwsAccount(details, now));
        events.publishEvent(new AccountRegistered(account.accountId(), account.accountId(), account.snapshot(),
                Origin.current(), now));
        return account.toView();
    }

    /** Changes everything but the id (a {@code details.accountId()} other than {@code accountId} is refused). */
    @Transactional
    public AccountView update(String accountId, long expectedVersion, @Valid AccountDetails details) {
        AwsAccount account = load(accountId);
        Versions.requireCurrent(AwsAccount.class, accountId, account.version(), expectedVersion);
        if (!accountId.equals(details.accountId())) {
            throw RejectedException.invalid("accountId", "account.accountId.fixed",
                    "An account's id cannot change; register the other account instead.");
        }
        Map<String, Object> before = account.snapshot();
        Instant now = clock.instant();
        if (account.update(details, now)) {
            accounts.saveAndFlush(account);
            events.publishEvent(new AccountUpdated(accountId, accountId, before, account.snapshot(), Origin.current(), now));
        }
        return account.toView();
    }

    /**
     * Removes the account and, through {@link AccountRemoved}, every assignment to it. Callers ask the admin to
     * confirm first when there are assignments.
     */
    @Transactional
    public void remove(String accountId) {
        AwsAccount account = load(accountId);
        events.publishEvent(new AccountRemoved(accountId, accountId, account.snapshot(), Origin.current(), clock.instant()));
        accounts.delete(account);
        accounts.flush();
    }

    /** Anything but 12 digits names no account, and is not sent to the database (PostgreSQL refuses a NUL). */
    private AwsAccount load(String accountId) {
        return (isAccountId(accountId) ? accounts.findById(accountId) : Optional.<AwsAccount>empty())
                .orElseThrow(() -> new NotFoundException("AWS account", accountId));
    }

    private static boolean isAccountId(String accountId) {
        return accountId.matches(AccountDetails.ACCOUNT_ID);
    }
}
