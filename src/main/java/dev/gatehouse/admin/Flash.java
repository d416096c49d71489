package dev.gatehouse.admin;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The message shown once after a post-redirect-get, from {@code messages.properties}. */
@Component
class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    void say(RedirectAttributes redirect, String code, Object... args) {
        redirect.addFlashAttribute("message", messages.getMessage(code, args, LocaleContextHolder.getLocale()));
    }
}
