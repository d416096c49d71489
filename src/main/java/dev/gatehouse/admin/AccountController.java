package dev.gatehouse.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.gatehouse.access.AssignmentFilter;
import dev.gatehouse.access.AssignmentManagement.Principal;
import dev.gatehouse.access.AssignmentManagement;
import dev.gatehouse.access.PrincipalType;
import dev.gatehouse.accounts.AccountDetails;
import dev.gatehouse.accounts.AccountManagement;
import dev.gatehouse.accounts.AccountView;
import dev.gatehouse.permissionsets.PermissionSetManagement;
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

/**
 * {@code /admin/accounts}: the AWS account registry. An account's page lists its assignments and assigns users
 * or groups with one or more permission sets in one step, like Identity Center's "Assign users or groups".
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountController {

    private final AccountManagement accounts;
    private final AssignmentManagement assignments;
    private final AssigneePicker picker;
    private final PermissionSetManagement permissionSets;
    private final Flash flash;

    AccountController(AccountManagement accounts, AssignmentManagement assignments, AssigneePicker picker,
            PermissionSetManagement permissionSets, Flash flash) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.picker = picker;
        this.permissionSets = permissionSets;
        this.flash = flash;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("partitions")
    List<String> partitions() {
        return AccountDetails.PARTITIONS;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("accounts", accounts.findAccounts(q, PageResponse.request(page, PageResponse.LIST_SIZE)));
        model.addAttribute("q", q == null ? "" : q);
        return "admin/accounts/list";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("accountForm", AccountForm.empty());
        return "admin/accounts/new";
    }

    @PostMapping("/new")
    String register(@ModelAttribute AccountForm accountForm, BindingResult result, RedirectAttributes redirect) {
        Optional<AccountView> created = FormErrors.submit(result, () -> accounts.register(accountForm.details()));
        if (created.isEmpty()) {
            return "admin/accounts/new";
        }
        flash.say(redirect, "admin.accounts.created", created.get().name(), created.get().accountId());
        return "redirect:/admin/accounts/" + created.get().accountId();
    }

    /** {@code find} narrows the users and groups offered to assign. */
    @GetMapping("/{accountId}")
    String show(@PathVariable String accountId, @RequestParam(required = false) @Nullable String find, Model model) {
        AccountView account = accounts.getAccount(accountId);
        model.addAttribute("accountForm", AccountForm.of(account));
        picker.show(find, List.of(), List.of(), List.of(), model);
        return detail(account, model);
    }

    @PostMapping("/{accountId}")
    String update(@PathVariable String accountId, @ModelAttribute AccountForm accountForm, BindingResult result,
            Model model, RedirectAttributes redirect) {
        AccountView account = accounts.getAccount(accountId);
        AccountForm form = new AccountForm(accountId, accountForm.name(), accountForm.email(), accountForm.partition(),
                accountForm.description(), accountForm.version());
        Optional<AccountView> updated = FormErrors.update(result, accountForm.version(),
                version -> accounts.update(accountId, version, form.details()));
        if (updated.isEmpty()) {
            picker.show(null, List.of(), List.of(), List.of(), model);
            return detail(account, model);
        }
        flash.say(redirect, "admin.accounts.saved", updated.get().name(), accountId);
        return "redirect:/admin/accounts/" + accountId;
    }

    /**
     * Assigns every ticked user and group every ticked permission set in this account; with {@code search}, shows the
     * users and groups matching {@code find} instead, keeping what is ticked.
     */
    @PostMapping("/{accountId}/assign")
    String assign(@PathVariable String accountId,
            @RequestParam(name = "userId", defaultValue = "") List<UUID> userIds,
            @RequestParam(name = "groupId", defaultValue = "") List<UUID> groupIds,
            @RequestParam(name = "permissionSetId", defaultValue = "") List<UUID> permissionSetIds,
            @RequestParam(required = false) @Nullable String find, @RequestParam(required = false) @Nullable String search,
            Model model, RedirectAttributes redirect) {
        AccountView account = accounts.getAccount(accountId);
        if (search != null) {
            model.addAttribute("accountForm", AccountForm.of(account));
            picker.show(find, userIds, groupIds, permissionSetIds, model);
            return detail(account, model);
        }
        List<Principal> principals = new ArrayList<>();
        userIds.forEach(id -> principals.add(new Principal(PrincipalType.USER, id)));
        groupIds.forEach(id -> principals.add(new Principal(PrincipalType.GROUP, id)));
        if (principals.isEmpty() || permissionSetIds.isEmpty()) {
            redirect.addFlashAttribute("assignError", true);
            return "redirect:/admin/accounts/" + accountId + "#assign";
        }
        int created;
        try {
            created = assignments.assign(accountId, principals, permissionSetIds);
        }
        catch (RejectedException gone) {
            flash.problem(redirect, "admin.accounts.assign.gone");
            return "redirect:/admin/accounts/" + accountId + "#assign";
        }
        flash.say(redirect, "admin.accounts.assigned", created, principals.size() * permissionSetIds.size() - created);
        return "redirect:/admin/accounts/" + accountId + "#assignments";
    }

    @GetMapping("/{accountId}/delete")
    String confirmDelete(@PathVariable String accountId, Model model) {
        AccountView account = accounts.getAccount(accountId);
        return Confirm.delete(model, "admin.accounts.delete.title", "admin.accounts.delete.text",
                new Object[] { account.name(), accountId, assignments.countForAccount(accountId) },
                "/admin/accounts/" + accountId + "/delete", "/admin/accounts/" + accountId);
    }

    @PostMapping("/{accountId}/delete")
    String delete(@PathVariable String accountId, @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        AccountView account = accounts.getAccount(accountId);
        if (!confirm && assignments.countForAccount(accountId) > 0) {
            return "redirect:/admin/accounts/" + accountId + "/delete";
        }
        accounts.remove(accountId);
        flash.say(redirect, "admin.accounts.deleted", account.name(), accountId);
        return "redirect:/admin/accounts";
    }

    private String detail(AccountView account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("assignments", assignments.list(AssignmentFilter.account(account.accountId())));
        model.addAttribute("allPermissionSets", permissionSets.allPermissionSets());
        return "admin/accounts/detail";
    }
}
