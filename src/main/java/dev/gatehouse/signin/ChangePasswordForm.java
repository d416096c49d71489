package dev.gatehouse.signin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ChangePasswordForm(
        @NotBlank @Size(max = 1024) String currentPassword,
        @NotBlank @Size(min = ChangePasswordForm.MINIMUM_LENGTH, max = 1024) String newPassword,
        @NotBlank @Size(max = 1024) String confirmation) {

    static final int MINIMUM_LENGTH = 12;

    static ChangePasswordForm empty() {
        return new ChangePasswordForm("", "", "");
    }
}
