package dev.gatehouse.admin;

import java.util.UUID;

import dev.gatehouse.access.AssignmentFilter;
import dev.gatehouse.access.AssignmentManagement;
import dev.gatehouse.access.AssignmentView;
import dev.gatehouse.accounts.AccountDetails;
import dev.gatehouse.accounts.AccountManagement;
import dev.gatehouse.permissionsets.PermissionSetManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/assignments}: every assignment, filtered by account or permission set, and removing them. */
@Controller
@RequestMapping("/admin/assignments")
@PreAuthorize("hasRole('ADMIN')")
class AssignmentController {

    private final AssignmentManagement assignments;
    private final AccountManagement accounts;
    private final PermissionSetManagement permissionSets;
    private final Flash flash;

    AssignmentController(AssignmentManagement assignments, AccountManagement accounts,
            PermissionSetManagement permissionSets, Flash flash) {
        this.assignments = assignments;
        this.accounts = accounts;
        this.permissionSets = permissionSets;
        this.flash = flash;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String accountId,
            @RequestParam(required = false) @Nullable UUID permissionSetId, @RequestParam(defaultValue = "0") int page,
            Model model) {
        String account = accountId == null || !accountId.matches(AccountDetails.ACCOUNT_ID) ? null : accountId;
        model.addAttribute("assignments", assignments.find(new AssignmentFilter(account, permissionSetId, null, null),
                PageResponse.request(page, PageResponse.LONG_LIST_SIZE)));
        model.addAttribute("accountId", account);
        model.addAttribute("permissionSetId", permissionSetId);
        model.addAttribute("allAccounts", accounts.allAccounts());
        model.addAttribute("allPermissionSets", permissionSets.allPermissionSets());
        return "admin/assignments/list";
    }

    /** Removes one assignment and goes back to the admin page it was removed from. */
    @PostMapping("/{id}/remove")
    String remove(@PathVariable UUID id, @RequestParam(required = false) @Nullable String back,
            RedirectAttributes redirect) {
        AssignmentView assignment = assignments.get(id);
        assignments.remove(id);
        flash.say(redirect, "admin.assignments.removed", assignment.principalName(), assignment.permissionSetName(),
                assignment.accountName());
        return "redirect:" + (back != null && back.matches("/admin/[\\w/-]*") ? back : "/admin/assignments");
    }
}
