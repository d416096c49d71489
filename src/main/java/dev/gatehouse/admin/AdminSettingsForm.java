package dev.gatehouse.admin;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dev.gatehouse.settings.MfaMethod;
import dev.gatehouse.settings.MfaPolicy;
import dev.gatehouse.settings.MfaPrompt;
import dev.gatehouse.settings.MfaWithoutDevice;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The settings page's MFA section; {@code methods} is null when no box is ticked. */
record AdminSettingsForm(@NotNull @Nullable MfaPrompt prompt, @Nullable Set<MfaMethod> methods,
        @NotNull @Nullable MfaWithoutDevice withoutDevice) {

    static AdminSettingsForm of(MfaPolicy policy) {
        return new AdminSettingsForm(policy.prompt(), policy.methods(), policy.withoutDevice());
    }

    Set<MfaMethod> chosenMethods() {
        EnumSet<MfaMethod> chosen = EnumSet.noneOf(MfaMethod.class);
        if (methods != null) {
            methods.stream().filter(Objects::nonNull).forEach(chosen::add);
        }
        return chosen;
    }

    /** Only once the form is valid. */
    MfaPolicy toPolicy() {
        return new MfaPolicy(prompt, chosenMethods(), withoutDevice);
    }
}
