package dev.gatehouse.admin;

import dev.gatehouse.directory.DirectoryManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminHomeController {

    private final DirectoryManagement directory;

    AdminHomeController(DirectoryManagement directory) {
        this.directory = directory;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("userCount", directory.countUsers());
        model.addAttribute("groupCount", directory.countGroups());
        return "admin/home";
    }
}
