package dev.gatehouse.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.gatehouse.accounts.AccountManagement;
import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.GroupManagement;
import dev.gatehouse.permissionsets.PermissionSetManagement;
import dev.gatehouse.shared.NotFoundException;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.RejectedException;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Assignments: principal (user or group) x AWS account x permission set, each at most once. Every reference is
 * checked to exist (a {@link RejectedException} names the field otherwise); a repeated assignment is a 409.
 * Assignments go with the user, group, account or permission set they name when that is deleted.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class AssignmentManagement {

    private final AssignmentRepository assignments;
    private final AssignmentViews views;
    private final DirectoryManagement directory;
    private final GroupManagement groups;
    private final AccountManagement accounts;
    private final PermissionSetManagement permissionSets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentManagement(AssignmentRepository assignments, AssignmentViews views, DirectoryManagement directory,
            GroupManagement groups, AccountManagement accounts, PermissionSetManagement permissionSets,
            ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.views = views;
        this.directory = directory;
        this.groups = groups;
        this.accounts = accounts;
        this.permissionSets = permissionSets;
        this.events = events;
        this.clock = clock;
    }

    /** Assignments matching the filter, by account name, permission set and principal. */
    public Page<AssignmentView> find(AssignmentFilter filter, Pageable pageable) {
        return views.find(filter, pageable);
    }

    public List<AssignmentView> list(AssignmentFilter filter) {
        return views.list(filter);
    }

    /** How many assignments match the filter, counted by the database. */
    public long count(AssignmentFilter filter) {
        return views.count(filter);
    }

    public AssignmentView get(UUID id) {
        return views.find(id).orElseThrow(() -> new NotFoundException("assignment", id));
    }

    public long countForAccount(String accountId) {
        return count(AssignmentFilter.account(accountId));
    }

    public long countForPermissionSet(UUID permissionSetId) {
        return count(AssignmentFilter.permissionSet(permissionSetId));
    }

    public boolean exists(NewAssignment assignment) {
        return assignments.existsByPrincipalTypeAndPrincipalIdAndAccountIdAndPermissionSetId(
                assignment.principalType(), assignment.principalId(), assignment.accountId(),
                assignment.permissionSetId());
    }

    @Transactional
    public AssignmentView create(@Valid NewAssignment assignment) {
        checkReferences(assignment);
        if (exists(assignment)) {
            throw RejectedException.duplicate(null, "assignment.duplicate", "This assignment exists already.");
        }
        return insert(assignment);
    }

    /**
     * Assigns every principal every permission set in one account, like Identity Center's "Assign users or
     * groups"; existing assignments are left as they are. Returns how many were created. An unknown account,
     * permission set or principal is refused before anything is created.
     */
    @Transactional
    public int assign(String accountId, Collection<Principal> principals, Collection<UUID> permissionSetIds) {
        if (principals.isEmpty() || permissionSetIds.isEmpty()) {
            return 0;
        }
        requireAccount(accountId);
        permissionSetIds.stream().distinct().forEach(this::requirePermissionSet);
        principals.stream().distinct().forEach(this::requirePrincipal);
        int created = 0;
        for (Principal principal : principals) {
            for (UUID permissionSetId : permissionSetIds) {
                NewAssignment assignment = new NewAssignment(accountId, permissionSetId, principal.type(), principal.id());
                if (!exists(assignment)) {
                    insert(assignment);
                    created++;
                }
            }
        }
        return created;
    }

    @Transactional
    public void remove(UUID id) {
        AssignmentView assignment = get(id);
        assignments.deleteByIds(List.of(id));
        events.publishEvent(AssignmentRemoved.of(assignment, "removed", Origin.current(), clock.instant()));
    }

    /** Removes what the filter matches, publishing {@link AssignmentRemoved} for each with the reason given. */
    @Transactional
    public int removeAll(AssignmentFilter filter, String reason) {
        List<AssignmentView> removed = views.list(filter);
        if (removed.isEmpty()) {
            return 0;
        }
        assignments.deleteByIds(removed.stream().map(AssignmentView::id).toList());
        Origin origin = Origin.current();
        Instant now = clock.instant();
        removed.forEach(assignment -> events.publishEvent(AssignmentRemoved.of(assignment, reason, origin, now)));
        return removed.size();
    }

    private AssignmentView insert(NewAssignment assignment) {
        Assignment created = assignments.saveAndFlush(new Assignment(assignment.principalType(),
                assignment.principalId(), assignment.accountId(), assignment.permissionSetId(), clock.instant()));
        AssignmentView view = get(created.id());
        events.publishEvent(AssignmentCreated.of(view, Origin.current(), clock.instant()));
        return view;
    }

    private void checkReferences(NewAssignment assignment) {
        requireAccount(assignment.accountId());
        requirePermissionSet(assignment.permissionSetId());
        requirePrincipal(new Principal(assignment.principalType(), assignment.principalId()));
    }

    private void requireAccount(String accountId) {
        if (!accounts.exists(accountId)) {
            throw RejectedException.invalid("accountId", "assignment.account.unknown", "No such AWS account.");
        }
    }

    private void requirePermissionSet(UUID permissionSetId) {
        if (!permissionSets.exists(permissionSetId)) {
            throw RejectedException.invalid("permissionSetId", "assignment.permissionSet.unknown",
                    "No such permission set.");
        }
    }

    private void requirePrincipal(Principal principal) {
        boolean exists = principal.type() == PrincipalType.USER
                ? directory.userExists(principal.id())
                : groups.groupExists(principal.id());
        if (!exists) {
            throw RejectedException.invalid("principalId", "assignment.principal.unknown", "No such user or group.");
        }
    }

    /** A user or a group, as assignments name them. */
    public record Principal(PrincipalType type, UUID id) {
    }
}
