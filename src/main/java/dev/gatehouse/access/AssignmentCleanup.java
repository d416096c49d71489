package dev.gatehouse.access;

import dev.gatehouse.accounts.AccountRemoved;
import dev.gatehouse.directory.GroupDeleted;
import dev.gatehouse.directory.UserDeleted;
import dev.gatehouse.permissionsets.PermissionSetDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes the assignments of a deleted user, group, account or permission set. The listeners run synchronously
 * inside the deleting transaction (not after it), so a deletion and its assignments go together or not at all,
 * and the rows the foreign keys protect are gone before the account or permission set row is.
 */
@Component
class AssignmentCleanup {

    private final AssignmentManagement assignments;

    AssignmentCleanup(AssignmentManagement assignments) {
        this.assignments = assignments;
    }

    @EventListener
    void on(UserDeleted deleted) {
        assignments.removeAll(AssignmentFilter.principal(PrincipalType.USER, deleted.userId()), "user deleted");
    }

    @EventListener
    void on(GroupDeleted deleted) {
        assignments.removeAll(AssignmentFilter.principal(PrincipalType.GROUP, deleted.groupId()), "group deleted");
    }

    @EventListener
    void on(AccountRemoved removed) {
        assignments.removeAll(AssignmentFilter.account(removed.accountId()), "account removed");
    }

    @EventListener
    void on(PermissionSetDeleted deleted) {
        assignments.removeAll(AssignmentFilter.permissionSet(deleted.permissionSetId()), "permission set deleted");
    }
}
