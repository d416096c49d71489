package dev.gatehouse.admin;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message shown once after a post-redirect-get, from {@code messages.properties}: {@code message} for what was
 * done, {@code problem} for what went wrong; the admin pages' {@code flash} fragment shows both.
 */
@Component
class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    void say(RedirectAttributes redirect, String code, Object... args) {
        redirect.addFlashAttribute("message", text(code, args));
    }

    void problem(RedirectAttributes redirect, String code, Object... args) {
        redirect.addFlashAttribute("problem", text(code, args));
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
