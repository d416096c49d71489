package dev.gatehouse.signin;

import dev.gatehouse.directory.ValidPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new password follows the directory's {@link ValidPassword} rule, as every other way of setting one. */
record ChangePasswordForm(
        @NotBlank @Size(max = 1024) String currentPassword,
        @NotBlank @ValidPassword String newPassword,
        @NotBlank @Size(max = 1024) String confirmation) {

    static ChangePasswordForm empty() {
        return new ChangePasswordForm("", "", "");
    }
}
