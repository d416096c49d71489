package dev.gatehouse.admin;

import org.springframework.ui.Model;

/** The confirmation page before a deletion, saying what goes with it. */
final class Confirm {

    private Confirm() {
    }

    static String delete(Model model, String titleCode, String textCode, Object[] args, String action, String cancel) {
        model.addAttribute("titleCode", titleCode);
        model.addAttribute("textCode", textCode);
        model.addAttribute("textArgs", args);
        model.addAttribute("action", action);
        model.addAttribute("cancel", cancel);
        return "admin/confirm-delete";
    }
}
