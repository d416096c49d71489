package dev.gatehouse.admin;

import java.util.List;
import java.util.UUID;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.GroupManagement;
import dev.gatehouse.directory.UserView;
import dev.gatehouse.shared.RejectedException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's password and group memberships, from their admin page. */
@Controller
@RequestMapping("/admin/users/{id}")
@PreAuthorize("hasRole('ADMIN')")
class UserAccessController {

    private final DirectoryManagement directory;
    private final GroupManagement groups;
    private final Flash flash;

    UserAccessController(DirectoryManagement directory, GroupManagement groups, Flash flash) {
        this.directory = directory;
        this.groups = groups;
        this.flash = flash;
    }

    /** Sets the typed password, or with {@code generate} a random one shown on the answer page only. */
    @PostMapping("/password")
    String password(@PathVariable UUID id, @RequestParam(required = false) @Nullable String password,
            @RequestParam(defaultValue = "false") boolean generate, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UserView user = directory.getUser(id);
        if (generate) {
            return ShownOnce.password(model, response, user, directory.resetPassword(id));
        }
        try {
            directory.setPassword(id, password == null ? "" : password);
            flash.say(redirect, "admin.users.password.set.flash", user.username());
        }
        catch (ConstraintViolationException invalid) {
            redirect.addFlashAttribute("passwordError", FieldProblem.of(invalid).get(0).message());
        }
        return "redirect:/admin/users/" + id + "#password";
    }

    @PostMapping("/groups")
    String addToGroups(@PathVariable UUID id, @RequestParam(name = "groupId", required = false) @Nullable List<UUID> groupIds,
            RedirectAttributes redirect) {
        UserView user = directory.getUser(id);
        if (groupIds != null) {
            groupIds.forEach(groupId -> groups.addMembers(groupId, List.of(id)));
            flash.say(redirect, "admin.users.groups.added", user.username(), groupIds.size());
        }
        return "redirect:/admin/users/" + id + "#groups";
    }

    @PostMapping("/groups/{groupId}/remove")
    String removeFromGroup(@PathVariable UUID id, @PathVariable UUID groupId, RedirectAttributes redirect) {
        UserView user = directory.getUser(id);
        String group = groups.getGroup(groupId).name();
        try {
            CurrentAdmin.refuseLeavingAdmins(group, directory.adminGroupName(), List.of(id));
        }
        catch (RejectedException self) {
            flash.say(redirect, self.code());
            return "redirect:/admin/users/" + id + "#groups";
        }
        groups.removeMembers(groupId, List.of(id));
        flash.say(redirect, "admin.users.groups.removed", user.username(), group);
        return "redirect:/admin/users/" + id + "#groups";
    }
}
