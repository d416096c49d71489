package dev.gatehouse.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

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
import dev.gatehouse.admin.ImportFileException.Problem;
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
 * transaction: a refusal anywhere leaves the database as it was. Every entry is tried, so that one failure lists
 * every problem of the file. Applying the same file twice changes nothing the second time; entries are matched by
 * username, group name, account id and permission set name.
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

    /**
     * Applies the file; returns a one-line summary of what changed. A file with problems (its own, or found applying
     * it) is rolled back and refused with all of them.
     */
    String apply(ImportFile file) {
        return transactions.execute(status -> {
            Counts counts = new Counts();
            List<Problem> problems = new ArrayList<>(file.problems());
            file.groups().forEach(entry -> attempt(file, entry, "group", problems, () -> group(entry.value(), counts)));
            file.users().forEach(entry -> attempt(file, entry, "user", problems, () -> user(entry.value(), counts)));
            file.accounts().forEach(entry -> attempt(file, entry, "account", problems,
                    () -> account(entry.value(), counts)));
            file.permissionSets().forEach(entry -> attempt(file, entry, "permission set", problems,
                    () -> permissionSet(entry.value(), counts)));
            List<UUID> named = new ArrayList<>();
            file.assignments().forEach(entry -> attempt(file, entry, "assignment", problems,
                    () -> named.add(assignment(entry.value(), counts))));
            if (!problems.isEmpty()) {
                throw new ImportFileException(problems);
            }
            if (file.prune()) {
                counts.deleted += pruning.prune(file, named);
            }
            return counts.summary();
        });
    }

    private GroupView group(GroupDetails details, Counts counts) {
        return counts.upsert(groups.findGroupByName(details.name()), () -> groups.createGroup(details),
                group -> groups.updateGroup(group.id(), group.version(), details), GroupView::version);
    }

    private UserView user(UserEntry wanted, Counts counts) {
        UserView user = counts.upsert(directory.findUserByUsername(wanted.user().username()),
                () -> directory.createUser(wanted.user()),
                existing -> directory.updateUser(existing.id(), existing.version(), wanted.user().changes()),
                UserView::version);
        for (String name : wanted.groups()) {
            GroupView group = groups.findGroupByName(name).orElseThrow(() -> RejectedException.invalid("groups",
                    "import.group.unknown", "There is no group " + name + ".", name));
            counts.updated += groups.addMembers(group.id(), List.of(user.id()));
        }
        return user;
    }

    private AccountView account(AccountDetails details, Counts counts) {
        return counts.upsert(accounts.findAccount(details.accountId()), () -> accounts.register(details),
                account -> accounts.update(details.accountId(), account.version(), details), AccountView::version);
    }

    private PermissionSetView permissionSet(PermissionSetDetails details, Counts counts) {
        return counts.upsert(permissionSets.findByName(details.name()), () -> permissionSets.create(details),
                permissionSet -> permissionSets.update(permissionSet.id(), permissionSet.version(), details),
                PermissionSetView::version);
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

    /** Runs one entry's step; a refusal becomes a problem of the file, with the line of each field it names. */
    private <T> void attempt(ImportFile file, Entry<?> entry, String what, List<Problem> problems, Supplier<T> step) {
        try {
            step.get();
        }
        catch (ConstraintViolationException invalid) {
            for (FieldProblem field : FieldProblem.of(invalid)) {
                problems.add(problem(file, entry.lineOf(field.field()), what + " " + field.field() + " " + field.message(),
                        false));
            }
        }
        catch (RejectedException rejected) {
            String message = messages.getMessage(rejected.code(), rejected.args(), rejected.getBody().getDetail(),
                    Locale.ROOT);
            problems.add(problem(file, entry.lineOf(rejected.field()),
                    what + " " + (rejected.field() != null ? rejected.field() + ": " : "") + message,
                    rejected.getStatusCode().value() == 409));
        }
        catch (NotFoundException missing) {
            problems.add(problem(file, entry.line(), what + ": " + missing.getBody().getDetail(), false));
        }
    }

    private static Problem problem(ImportFile file, int line, String text, boolean duplicate) {
        return new Problem(line, file.name() + " line " + line + ": " + text, duplicate);
    }

    private static final class Counts {
        int created;
        int updated;
        int deleted;

        /**
         * Creates the record when there is none yet, else updates the one there; counts a creation, and an update
         * only when it changed something (the version moved).
         */
        <V> V upsert(Optional<V> existing, Supplier<V> create, UnaryOperator<V> update, ToLongFunction<V> version) {
            if (existing.isEmpty()) {
                V created = create.get();
                this.created++;
                return created;
            }
            V updated = update.apply(existing.get());
            if (version.applyAsLong(updated) != version.applyAsLong(existing.get())) {
                this.updated++;
            }
            return updated;
        }

        String summary() {
            return created + " created, " + updated + " updated, " + deleted + " deleted";
        }
    }
}
