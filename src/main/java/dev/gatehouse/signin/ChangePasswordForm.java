package dev.gatehouse.signin;

import dev.gatehouse.directory.ValidPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new password follows the directory's {@link ValidPassword} rule, as every other way of setting one. */
record ChangePasswordForm(
        @NotBlank(message = "{security.password.current.required}")
        @Size(max = 1024, message = "{security.password.wrong}") String currentPassword,
        @NotBlank(message = "{security.password.new.required}") @ValidPassword String newPassword,
        @NotBlank(message = "{security.password.confirmation.required}")
        @Size(max = 1024, message = "{security.password.mismatch}") String confirmation) {

    static ChangePasswordForm empty() {
        return new ChangePasswordForm("", "", "");
    }

    /** Passwords, never in a log line. */
    @Override
    public String toString() {
        return "ChangePasswordForm[<hidden>]";
    }
}
