package dev.gatehouse.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.gatehouse.access.AssignmentFilter;
import dev.gatehouse.access.AssignmentManagement;
import dev.gatehouse.access.AssignmentView;
import dev.gatehouse.access.NewAssignment;
import dev.gatehouse.access.PrincipalType;
import dev.gatehouse.accounts.AccountDetails;
import dev.gatehouse.accounts.AccountManagement;
import dev.gatehouse.accounts.AccountView;
import dev.gatehouse.admin.ImportFile.AssignmentEntry;
import dev.gatehouse.admin.ImportFile.Entry;
import dev.gatehouse.admin.ImportFile.UserEntry;
import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.GroupDetails;
import dev.gatehouse.directory.GroupManagement;
import dev.gatehouse.directory.GroupView;
import dev.gatehouse.directory.UserView;
import dev.gatehouse.permissionsets.PermissionSetDetails;
import dev.gatehouse.permissionsets.PermissionSetManagement;
import dev.gatehouse.permissionsets.PermissionSetView;
import dev.gatehouse.shared.NotFoundException;
import dev.gatehouse.shared.RejectedException;
import jakarta.validation.ConstraintViolationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Applies an import file through the module APIs, so it meets the same rules as the pages and the API, in one
 * transaction: a refusal anywhere leaves the database as it was. Applying the same file twice changes nothing
 * the second time; entries are matched by username, group name, account id and permission set name.
 */
@Component
class DeclarativeImport {

    private final DirectoryManagement directory;
    private final GroupManagement groups;
    private final AccountManagement accounts;
    private final PermissionSetManagement permissionSets;
    private final AssignmentManagement assignments;
    private final ImportPruning pruning;
    private final MessageSource messages;
    private final TransactionOperations transactions;

    DeclarativeImport(DirectoryManagement directory, GroupManagement groups, AccountManagement accounts,
            PermissionSetManagement permissionSets, AssignmentManagement assignments, ImportPruning pruning,
            MessageSource messages, TransactionOperations transactions) {
        this.directory = directory;
        this.groups = groups;
        this.accounts = accounts;
        this.permissionSets = permissionSets;
        this.assignments = assignments;
        this.pruning = pruning;
        this.messages = messages;
        this.transactions = transactions;
    }

    /** Applies the file; returns a one-line summary of what changed. */
    String apply(ImportFile file) {
        return transactions.execute(status -> {
            Counts counts = new Counts();
            file.groups().forEach(entry -> attempt(file, entry, "group", () -> group(entry.value(), counts)));
            file.users().forEach(entry -> attempt(file, entry, "user", () -> user(entry, counts)));
            file.accounts().forEach(entry -> attempt(file, entry, "account", () -> account(entry.value(), counts)));
            file.permissionSets().forEach(entry -> attempt(file, entry, "permission set",
                    () -> permissionSet(entry.value(), counts)));
            List<UUID> named = new ArrayList<>();
            file.assignments().forEach(entry -> attempt(file, entry, "assignment",
                    () -> named.add(assignment(entry.value(), counts))));
            if (file.prune()) {
                counts.deleted += pruning.prune(file, named);
            }
            return counts.summary();
        });
    }

    private Void group(GroupDetails details, Counts counts) {
        Optional<GroupView> existing = groups.findGroupByName(details.name());
        if (existing.isEmpty()) {
            groups.createGroup(details);
            counts.created++;
        }
        else if (groups.updateGroup(existing.get().id(), existing.get().version(), details).version()
                != existing.get().version()) {
            counts.updated++;
        }
        return null;
    }

    private Void user(Entry<UserEntry> entry, Counts counts) {
        UserEntry wanted = entry.value();
        Optional<UserView> existing = directory.findUserByUsername(wanted.user().username());
        UserView user;
        if (existing.isEmpty()) {
            user = directory.createUser(wanted.user());
            counts.created++;
        }
        else {
            user = directory.updateUser(existing.get().id(), existing.get().version(), wanted.user().changes());
            counts.updated += user.version() != existing.get().version() ? 1 : 0;
        }
        for (int i = 0; i < wanted.groups().size(); i++) {
            String name = wanted.groups().get(i);
            GroupView group = groups.findGroupByName(name).orElseThrow(() -> RejectedException.invalid("groups",
                    "import.group.unknown", "There is no group " + name + ".", name));
            counts.updated += groups.addMembers(group.id(), List.of(user.id()));
        }
        return null;
    }

    private Void account(AccountDetails details, Counts counts) {
        Optional<AccountView> existing = accounts.findAccount(details.accountId());
        if (existing.isEmpty()) {
            accounts.register(details);
            counts.created++;
        }
        else {
            long version = existing.get().version();
            counts.updated += accounts.update(details.accountId(), version, details).version() != version ? 1 : 0;
        }
        return null;
    }

    private Void permissionSet(PermissionSetDetails details, Counts counts) {
        Optional<PermissionSetView> existing = permissionSets.findByName(details.name());
        if (existing.isEmpty()) {
            permissionSets.create(details);
            counts.created++;
        }
        else {
            long version = existing.get().version();
            counts.updated += permissionSets.update(existing.get().id(), version, details).version() != version ? 1 : 0;
        }
        return null;
    }

    /** Returns the assignment's id, created or found. */
    private UUID assignment(AssignmentEntry entry, Counts counts) {
        UUID permissionSetId = permissionSets.findByName(entry.permissionSet()).map(PermissionSetView::id)
                .orElseThrow(() -> RejectedException.invalid("permissionSet", "import.permissionSet.unknown",
                        "There is no permission set " + entry.permissionSet() + ".", entry.permissionSet()));
        PrincipalType type = entry.user() != null ? PrincipalType.USER : PrincipalType.GROUP;
        UUID principalId = type == PrincipalType.USER
                ? directory.findUserByUsername(entry.user()).map(UserView::id).orElseThrow(() -> RejectedException
                        .invalid("user", "import.user.unknown", "There is no user " + entry.user() + ".", entry.user()))
                : groups.findGroupByName(entry.group()).map(GroupView::id).orElseThrow(() -> RejectedException
                        .invalid("group", "import.group.unknown", "There is no group " + entry.group() + ".", entry.group()));
        NewAssignment assignment = new NewAssignment(entry.accountId(), permissionSetId, type, principalId);
        Optional<AssignmentView> existing = assignments.list(AssignmentFilter.principal(type, principalId)).stream()
                .filter(view -> view.accountId().equals(entry.accountId()) && view.permissionSetId().equals(permissionSetId))
                .findFirst();
        if (existing.isPresent()) {
            return existing.get().id();
        }
        counts.created++;
        return assignments.create(assignment).id();
    }

    private <T> void attempt(ImportFile file, Entry<?> entry, String what, Supplier<T> step) {
        try {
            step.get();
        }
        catch (ConstraintViolationException invalid) {
            FieldProblem first = FieldProblem.of(invalid).get(0);
            throw new ImportFileException(file.name() + " line " + entry.lineOf(first.field()) + ": " + what + " "
                    + first.field() + " " + first.message(), invalid);
        }
        catch (RejectedException rejected) {
            String message = messages.getMessage(rejected.code(), rejected.args(), rejected.getBody().getDetail(),
                    Locale.ROOT);
            throw new ImportFileException(file.name() + " line " + entry.lineOf(rejected.field()) + ": " + what + " "
                    + (rejected.field() != null ? rejected.field() + ": " : "") + message, rejected);
        }
        catch (NotFoundException missing) {
            throw new ImportFileException(file.name() + " line " + entry.line() + ": " + what + ": "
                    + missing.getBody().getDetail(), missing);
        }
    }

    private static final class Counts {
        int created;
        int updated;
        int deleted;

        String summary() {
            return created + " created, " + updated + " updated, " + deleted + " deleted";
        }
    }

    static Set<String> lowerCase(List<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
