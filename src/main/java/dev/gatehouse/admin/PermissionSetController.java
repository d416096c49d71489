package dev.gatehouse.admin;

import java.util.Optional;
import java.util.UUID;

import dev.gatehouse.access.AssignmentFilter;
import dev.gatehouse.access.AssignmentManagement;
import dev.gatehouse.permissionsets.PermissionSetDetails;
import dev.gatehouse.permissionsets.PermissionSetManagement;
import dev.gatehouse.permissionsets.PermissionSetPresets;
import dev.gatehouse.permissionsets.PermissionSetView;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/permission-sets}: definitions, with the AWS job-function presets as one-click templates. */
@Controller
@RequestMapping("/admin/permission-sets")
@PreAuthorize("hasRole('ADMIN')")
class PermissionSetController {

    private final PermissionSetManagement permissionSets;
    private final AssignmentManagement assignments;
    private final Flash flash;

    PermissionSetController(PermissionSetManagement permissionSets, AssignmentManagement assignments, Flash flash) {
        this.permissionSets = permissionSets;
        this.assignments = assignments;
        this.flash = flash;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("permissionSets",
                permissionSets.findPermissionSets(q, PageResponse.request(page, PageResponse.LIST_SIZE)));
        model.addAttribute("presets", PermissionSetPresets.all());
        model.addAttribute("q", q == null ? "" : q);
        return "admin/permission-sets/list";
    }

    /** The empty form, or with {@code ?preset=ReadOnlyAccess} a job-function template filled in. */
    @GetMapping("/new")
    String newPermissionSet(@RequestParam(required = false) @Nullable String preset, Model model) {
        PermissionSetDetails template = preset == null ? null : PermissionSetPresets.named(preset).orElse(null);
        model.addAttribute("permissionSetForm",
                template != null ? PermissionSetForm.of(template, null) : PermissionSetForm.empty());
        model.addAttribute("editing", false);
        return "admin/permission-sets/form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute PermissionSetForm permissionSetForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Optional<PermissionSetView> created = FormErrors.submit(result, PermissionSetForm::input,
                () -> permissionSets.create(permissionSetForm.details()));
        if (created.isEmpty()) {
            model.addAttribute("editing", false);
            return "admin/permission-sets/form";
        }
        flash.say(redirect, "admin.permission-sets.created", created.get().name());
        return "redirect:/admin/permission-sets/" + created.get().id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        PermissionSetView permissionSet = permissionSets.getPermissionSet(id);
        model.addAttribute("permissionSetForm", PermissionSetForm.of(permissionSet.details(), permissionSet.version()));
        return edit(permissionSet, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute PermissionSetForm permissionSetForm, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PermissionSetView permissionSet = permissionSets.getPermissionSet(id);
        Optional<PermissionSetView> updated = FormErrors.update(result, permissionSetForm.version(),
                PermissionSetForm::input, version -> permissionSets.update(id, version, permissionSetForm.details()));
        if (updated.isEmpty()) {
            return edit(permissionSet, model);
        }
        flash.say(redirect, "admin.permission-sets.saved", updated.get().name());
        return "redirect:/admin/permission-sets/" + id;
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable UUID id, Model model) {
        PermissionSetView permissionSet = permissionSets.getPermissionSet(id);
        return Confirm.delete(model, "admin.permission-sets.delete.title", "admin.permission-sets.delete.text",
                new Object[] { permissionSet.name(), assignments.countForPermissionSet(id) },
                "/admin/permission-sets/" + id + "/delete", "/admin/permission-sets/" + id);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        PermissionSetView permissionSet = permissionSets.getPermissionSet(id);
        if (!confirm && assignments.countForPermissionSet(id) > 0) {
            return "redirect:/admin/permission-sets/" + id + "/delete";
        }
        permissionSets.delete(id);
        flash.say(redirect, "admin.permission-sets.deleted", permissionSet.name());
        return "redirect:/admin/permission-sets";
    }

    private String edit(PermissionSetView permissionSet, Model model) {
        model.addAttribute("permissionSet", permissionSet);
        model.addAttribute("editing", true);
        model.addAttribute("assignments", assignments.list(AssignmentFilter.permissionSet(permissionSet.id())));
        return "admin/permission-sets/form";
    }
}
