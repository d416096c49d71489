package dev.gatehouse.admin;

import dev.gatehouse.access.AssignmentFilter;
import dev.gatehouse.access.AssignmentManagement;
import dev.gatehouse.accounts.AccountManagement;
import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.GroupManagement;
import dev.gatehouse.permissionsets.PermissionSetManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminHomeController {

    private final DirectoryManagement directory;
    private final GroupManagement groups;
    private final AccountManagement accounts;
    private final PermissionSetManagement permissionSets;
    private final AssignmentManagement assignments;

    AdminHomeController(DirectoryManagement directory, GroupManagement groups, AccountManagement accounts,
            PermissionSetManagement permissionSets, AssignmentManagement assignments) {
        this.directory = directory;
        this.groups = groups;
        this.accounts = accounts;
        this.permissionSets = permissionSets;
        this.assignments = assignments;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("userCount", directory.countUsers());
        model.addAttribute("groupCount", groups.countGroups());
        model.addAttribute("accountCount", accounts.countAccounts());
        model.addAttribute("permissionSetCount", permissionSets.countPermissionSets());
        model.addAttribute("assignmentCount", assignments.count(AssignmentFilter.all()));
        return "admin/home";
    }
}
