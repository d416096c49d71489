package dev.gatehouse.admin;

import java.net.URI;
import java.util.List;

import dev.gatehouse.access.AssignmentFilter;
import dev.gatehouse.access.AssignmentManagement;
import dev.gatehouse.access.AssignmentView;
import dev.gatehouse.accounts.AccountDetails;
import dev.gatehouse.accounts.AccountManagement;
import dev.gatehouse.accounts.AccountView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/admin/accounts}: the AWS account registry, keyed by the 12-digit account id. */
@AdminApi
@RequestMapping("/api/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountApiController {

    private final AccountManagement accounts;
    private final AssignmentManagement assignments;

    AccountApiController(AccountManagement accounts, AssignmentManagement assignments) {
        this.accounts = accounts;
        this.assignments = assignments;
    }

    @GetMapping
    PageResponse<AccountView> list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = PageResponse.DEFAULT_SIZE) int size) {
        return PageResponse.of(accounts.findAccounts(q, PageResponse.request(page, size)));
    }

    @PostMapping
    ResponseEntity<AccountView> register(@RequestBody AccountDetails details) {
        AccountView created = accounts.register(details);
        return ResponseEntity.created(URI.create("/api/admin/accounts/" + created.accountId()))
                .eTag(Versions.etag(created.version())).body(created);
    }

    @GetMapping("/{accountId}")
    ResponseEntity<AccountView> get(@PathVariable String accountId) {
        AccountView account = accounts.getAccount(accountId);
        return ResponseEntity.ok().eTag(Versions.etag(account.version())).body(account);
    }

    /** Changes name, email, partition and description; the body's {@code accountId} may be left out. */
    @PutMapping("/{accountId}")
    ResponseEntity<AccountView> update(@PathVariable String accountId, @RequestBody AccountUpdate update,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        AccountView updated = accounts.update(accountId, Versions.expected(ifMatch, update.version()),
                new AccountDetails(update.accountId() == null ? accountId : update.accountId(), update.name(),
                        update.email(), update.partition(), update.description()));
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    /**
     * Removes the account. With assignments it answers 409 with their {@code assignmentCount} unless
     * {@code ?force=true}, which removes them with it.
     */
    @DeleteMapping("/{accountId}")
    ResponseEntity<Void> delete(@PathVariable String accountId, @RequestParam(defaultValue = "false") boolean force) {
        accounts.getAccount(accountId);
        long count = assignments.countForAccount(accountId);
        if (count > 0 && !force) {
            throw new HasAssignmentsException("The account " + accountId, count);
        }
        accounts.remove(accountId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{accountId}/assignments")
    List<AssignmentView> assignments(@PathVariable String accountId) {
        accounts.getAccount(accountId);
        return assignments.list(AssignmentFilter.account(accountId));
    }

    record AccountUpdate(@Nullable String accountId, String name, String email, String partition,
            @Nullable String description, @Nullable Long version) {
    }
}
