package dev.gatehouse.admin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.gatehouse.access.AssignmentFilter;
import dev.gatehouse.access.AssignmentManagement;
import dev.gatehouse.access.EntitlementQuery;
import dev.gatehouse.access.PrincipalType;
import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.GroupManagement;
import dev.gatehouse.directory.GroupView;
import dev.gatehouse.directory.UserView;
import dev.gatehouse.shared.RejectedException;
import dev.gatehouse.signin.MfaManagement;
import jakarta.servlet.http.HttpServletResponse;
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

/** {@code /admin/users}: list, search, create, edit and delete directory users. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    private final DirectoryManagement directory;
    private final GroupManagement groups;
    private final EntitlementQuery entitlements;
    private final AssignmentManagement assignments;
    private final MfaManagement mfa;
    private final Flash flash;

    UserController(DirectoryManagement directory, GroupManagement groups, EntitlementQuery entitlements,
            AssignmentManagement assignments, MfaManagement mfa, Flash flash) {
        this.directory = directory;
        this.groups = groups;
        this.entitlements = entitlements;
        this.assignments = assignments;
        this.mfa = mfa;
        this.flash = flash;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("passwordModes")
    PasswordMode[] passwordModes() {
        return PasswordMode.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("users", directory.findUsers(q, PageResponse.request(page, PageResponse.LIST_SIZE)));
        model.addAttribute("q", q == null ? "" : q);
        return "admin/users/list";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", UserForm.empty());
        return "admin/users/new";
    }

    @PostMapping("/new")
    String create(@ModelAttribute UserForm userForm, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (userForm.mode() == PasswordMode.TYPE && (userForm.password() == null || userForm.password().isEmpty())) {
            result.rejectValue("password", "field.required");
        }
        Optional<UserView> created = FormErrors.submit(result, () -> directory.createUser(userForm.newUser()));
        if (created.isEmpty()) {
            return "admin/users/new";
        }
        if (userForm.mode() == PasswordMode.GENERATE) {
            return ShownOnce.password(model, response, created.get(), directory.resetPassword(created.get().id()));
        }
        flash.say(redirect, "admin.users.created", created.get().username());
        return "redirect:/admin/users/" + created.get().id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        UserView user = directory.getUser(id);
        model.addAttribute("userForm", UserForm.of(user));
        return detail(user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute UserForm userForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        UserView user = directory.getUser(id);
        Optional<UserView> updated = FormErrors.update(result, userForm.version(), version -> {
            CurrentAdmin.refuseSelfDisable(id, userForm.active());
            return directory.updateUser(id, version, userForm.changes());
        });
        if (updated.isEmpty()) {
            return detail(user, model);
        }
        flash.say(redirect, "admin.users.saved", updated.get().username());
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable UUID id, Model model) {
        UserView user = directory.getUser(id);
        long count = assignments.count(AssignmentFilter.principal(PrincipalType.USER, id));
        return Confirm.delete(model, "admin.users.delete.title", "admin.users.delete.text",
                new Object[] { user.username(), groups.groupsOf(id).size(), count },
                "/admin/users/" + id + "/delete", "/admin/users/" + id);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        UserView user = directory.getUser(id);
        try {
            CurrentAdmin.refuseSelfDelete(id);
        }
        catch (RejectedException self) {
            flash.say(redirect, self.code());
            return "redirect:/admin/users/" + id;
        }
        directory.deleteUser(id);
        flash.say(redirect, "admin.users.deleted", user.username());
        return "redirect:/admin/users";
    }

    private String detail(UserView user, Model model) {
        List<GroupView> memberOf = groups.groupsOf(user.id());
        List<UUID> memberIds = memberOf.stream().map(GroupView::id).toList();
        model.addAttribute("user", user);
        model.addAttribute("memberOf", memberOf);
        model.addAttribute("otherGroups", groups.allGroups().stream().filter(g -> !memberIds.contains(g.id())).toList());
        model.addAttribute("effectiveAccess", entitlements.entitlementsOf(user.id()));
        model.addAttribute("self", user.id().equals(CurrentAdmin.id()));
        model.addAttribute("signInIdentities", directory.signInIdentitiesOf(user.id()));
        model.addAttribute("mfa", mfa.statusOf(user.id()));
        return "admin/users/detail";
    }
}
