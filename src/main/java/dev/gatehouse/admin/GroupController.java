package dev.gatehouse.admin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.gatehouse.access.AssignmentFilter;
import dev.gatehouse.access.AssignmentManagement;
import dev.gatehouse.access.PrincipalType;
import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.GroupManagement;
import dev.gatehouse.directory.GroupView;
import dev.gatehouse.shared.RejectedException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/groups}: groups and their members, added and removed many at once. */
@Controller
@RequestMapping("/admin/groups")
@PreAuthorize("hasRole('ADMIN')")
class GroupController {

    private final GroupManagement groups;
    private final DirectoryManagement directory;
    private final AssignmentManagement assignments;
    private final Flash flash;

    GroupController(GroupManagement groups, DirectoryManagement directory, AssignmentManagement assignments,
            Flash flash) {
        this.groups = groups;
        this.directory = directory;
        this.assignments = assignments;
        this.flash = flash;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("groups", groups.findGroups(q, PageResponse.request(page, PageResponse.LIST_SIZE)));
        model.addAttribute("q", q == null ? "" : q);
        return "admin/groups/list";
    }

    @GetMapping("/new")
    String newGroup(Model model) {
        model.addAttribute("groupForm", GroupForm.empty());
        return "admin/groups/new";
    }

    @PostMapping("/new")
    String create(@ModelAttribute GroupForm groupForm, BindingResult result, RedirectAttributes redirect) {
        Optional<GroupView> created = FormErrors.submit(result, () -> groups.createGroup(groupForm.details()));
        if (created.isEmpty()) {
            return "admin/groups/new";
        }
        flash.say(redirect, "admin.groups.created", created.get().name());
        return "redirect:/admin/groups/" + created.get().id();
    }

    /** {@code q} and {@code page} filter and page the members; {@code find} searches users to add. */
    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable String find,
            Model model) {
        GroupView group = groups.getGroup(id);
        model.addAttribute("groupForm", GroupForm.of(group));
        return detail(group, q, page, find, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute GroupForm groupForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        GroupView group = groups.getGroup(id);
        Optional<GroupView> updated = FormErrors.update(result, groupForm.version(),
                version -> groups.updateGroup(id, version, groupForm.details()));
        if (updated.isEmpty()) {
            return detail(group, null, 0, null, model);
        }
        flash.say(redirect, "admin.groups.saved", updated.get().name());
        return "redirect:/admin/groups/" + id;
    }

    /** Adds every ticked user (from the search below the member list) at once. */
    @PostMapping("/{id}/members")
    String addMembers(@PathVariable UUID id, @RequestParam(name = "userId", required = false) @Nullable List<UUID> userIds,
            RedirectAttributes redirect) {
        GroupView group = groups.getGroup(id);
        int added = userIds == null ? 0 : groups.addMembers(id, userIds);
        flash.say(redirect, "admin.groups.members.added", added, group.name());
        return "redirect:/admin/groups/" + id + "#members";
    }

    /** Removes every ticked member at once. */
    @PostMapping("/{id}/members/remove")
    String removeMembers(@PathVariable UUID id,
            @RequestParam(name = "userId", required = false) @Nullable List<UUID> userIds, RedirectAttributes redirect) {
        GroupView group = groups.getGroup(id);
        try {
            CurrentAdmin.refuseLeavingAdmins(group.name(), directory.adminGroupName(), userIds == null ? List.of() : userIds);
        }
        catch (RejectedException self) {
            flash.say(redirect, self.code());
            return "redirect:/admin/groups/" + id + "#members";
        }
        int removed = userIds == null ? 0 : groups.removeMembers(id, userIds);
        flash.say(redirect, "admin.groups.members.removed", removed, group.name());
        return "redirect:/admin/groups/" + id + "#members";
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable UUID id, Model model) {
        GroupView group = groups.getGroup(id);
        long count = assignments.count(AssignmentFilter.principal(PrincipalType.GROUP, id));
        return Confirm.delete(model, "admin.groups.delete.title", "admin.groups.delete.text",
                new Object[] { group.name(), group.memberCount(), count },
                "/admin/groups/" + id + "/delete", "/admin/groups/" + id);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        GroupView group = groups.getGroup(id);
        try {
            groups.deleteGroup(id);
        }
        catch (RejectedException admins) {
            flash.say(redirect, admins.code());
            return "redirect:/admin/groups/" + id;
        }
        flash.say(redirect, "admin.groups.deleted", group.name());
        return "redirect:/admin/groups";
    }

    private String detail(GroupView group, @Nullable String q, int page, @Nullable String find, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("members",
                groups.membersOf(group.id(), q, PageResponse.request(page, PageResponse.LONG_LIST_SIZE)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("find", find == null ? "" : find);
        model.addAttribute("candidates", find == null ? List.of() : groups.nonMembers(group.id(), find,
                PageResponse.request(0, PageResponse.LONG_LIST_SIZE)).getContent());
        model.addAttribute("assignments", assignments.list(AssignmentFilter.principal(PrincipalType.GROUP, group.id())));
        return "admin/groups/detail";
    }
}
