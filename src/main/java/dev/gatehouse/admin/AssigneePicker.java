package dev.gatehouse.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.GroupManagement;
import dev.gatehouse.directory.GroupView;
import dev.gatehouse.directory.UserView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices of an account page's "Assign users or groups", for directories of any size: the users and groups
 * whose name contains what the admin searched for (the first {@value PageResponse#LONG_LIST_SIZE} of each), after
 * the ones already ticked, which a new search keeps. It works as a plain form: searching re-sends the ticks.
 */
@Component
class AssigneePicker {

    private final DirectoryManagement directory;
    private final GroupManagement groups;

    AssigneePicker(DirectoryManagement directory, GroupManagement groups) {
        this.directory = directory;
        this.groups = groups;
    }

    /**
     * Puts {@code find}, the ticked users, groups and permission sets, and the other matching users and groups with
     * how many match in all, on the page.
     */
    void show(@Nullable String find, List<UUID> userIds, List<UUID> groupIds, List<UUID> permissionSetIds,
            Model model) {
        List<UserView> pickedUsers = directory.usersByIds(userIds);
        List<GroupView> pickedGroups = groups.groupsByIds(groupIds);
        Set<UUID> picked = new HashSet<>();
        pickedUsers.forEach(user -> picked.add(user.id()));
        pickedGroups.forEach(group -> picked.add(group.id()));
        Page<UserView> users = directory.findUsers(find, PageResponse.request(0, PageResponse.LONG_LIST_SIZE));
        Page<GroupView> matchingGroups = groups.findGroups(find, PageResponse.request(0, PageResponse.LONG_LIST_SIZE));
        model.addAttribute("find", find == null ? "" : find);
        model.addAttribute("pickedUsers", pickedUsers);
        model.addAttribute("pickedGroups", pickedGroups);
        model.addAttribute("pickedPermissionSets", Set.copyOf(permissionSetIds));
        model.addAttribute("userMatches", users);
        model.addAttribute("otherUsers", users.getContent().stream().filter(user -> !picked.contains(user.id())).toList());
        model.addAttribute("groupMatches", matchingGroups);
        model.addAttribute("otherGroups",
                matchingGroups.getContent().stream().filter(group -> !picked.contains(group.id())).toList());
    }
}
