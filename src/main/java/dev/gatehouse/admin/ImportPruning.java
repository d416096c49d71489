package dev.gatehouse.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.gatehouse.access.AssignmentFilter;
import dev.gatehouse.access.AssignmentManagement;
import dev.gatehouse.access.AssignmentView;
import dev.gatehouse.accounts.AccountManagement;
import dev.gatehouse.accounts.AccountView;
import dev.gatehouse.admin.ImportFile.Entry;
import dev.gatehouse.admin.ImportFile.UserEntry;
import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.GroupManagement;
import dev.gatehouse.directory.GroupView;
import dev.gatehouse.directory.UserView;
import dev.gatehouse.permissionsets.PermissionSetManagement;
import dev.gatehouse.permissionsets.PermissionSetSummary;
import org.springframework.stereotype.Component;

/**
 * {@code prune: true}: deletes what the file does not name, so the file is the whole truth. Never pruned, so that
 * nobody is locked out and nothing an identity provider manages is touched: the admin group, its members and
 * their membership in it, users not made in the directory, and groups synchronised from an identity provider.
 */
@Component
class ImportPruning {

    private final DirectoryManagement directory;
    private final GroupManagement groups;
    private final AccountManagement accounts;
    private final PermissionSetManagement permissionSets;
    private final AssignmentManagement assignments;

    ImportPruning(DirectoryManagement directory, GroupManagement groups, AccountManagement accounts,
            PermissionSetManagement permissionSets, AssignmentManagement assignments) {
        this.directory = directory;
        this.groups = groups;
        this.accounts = accounts;
        this.permissionSets = permissionSets;
        this.assignments = assignments;
    }

    /** Returns how many records and memberships were deleted. */
    int prune(ImportFile file, List<UUID> namedAssignments) {
        int deleted = 0;
        Set<UUID> keep = new HashSet<>(namedAssignments);
        for (AssignmentView assignment : assignments.list(AssignmentFilter.all())) {
            if (!keep.contains(assignment.id())) {
                assignments.remove(assignment.id());
                deleted++;
            }
        }
        Set<String> permissionSetNames = lowerCase(
                file.permissionSets().stream().map(entry -> entry.value().name()).toList());
        for (PermissionSetSummary permissionSet : permissionSets.allPermissionSets()) {
            if (!permissionSetNames.contains(permissionSet.name().toLowerCase(Locale.ROOT))) {
                permissionSets.delete(permissionSet.id());
                deleted++;
            }
        }
        Set<String> accountIds = new HashSet<>(file.accounts().stream().map(entry -> entry.value().accountId()).toList());
        for (AccountView account : accounts.allAccounts()) {
            if (!accountIds.contains(account.accountId())) {
                accounts.remove(account.accountId());
                deleted++;
            }
        }
        return deleted + pruneDirectory(file);
    }

    private int pruneDirectory(ImportFile file) {
        int deleted = 0;
        String adminGroup = directory.adminGroupName().toLowerCase(Locale.ROOT);
        Set<String> groupNames = lowerCase(file.groups().stream().map(entry -> entry.value().name()).toList());
        for (GroupView group : groups.allGroups()) {
            String name = group.name().toLowerCase(Locale.ROOT);
            if (group.source() == null && !name.equals(adminGroup) && !groupNames.contains(name)) {
                groups.deleteGroup(group.id());
                deleted++;
            }
        }
        Set<String> usernames = lowerCase(
                file.users().stream().map(entry -> entry.value().user().username()).toList());
        for (UserView user : directory.allUsers()) {
            if (user.madeInDirectory() && !usernames.contains(user.username().toLowerCase(Locale.ROOT))
                    && !directory.isAdmin(user.id())) {
                directory.deleteUser(user.id());
                deleted++;
            }
        }
        for (Entry<UserEntry> entry : file.users()) {
            UserView user = directory.findUserByUsername(entry.value().user().username()).orElseThrow();
            Set<String> wanted = lowerCase(entry.value().groups());
            for (GroupView group : groups.groupsOf(user.id())) {
                String name = group.name().toLowerCase(Locale.ROOT);
                if (group.source() == null && !name.equals(adminGroup) && !wanted.contains(name)) {
                    deleted += groups.removeMembers(group.id(), List.of(user.id()));
                }
            }
        }
        return deleted;
    }

    private static Set<String> lowerCase(List<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
