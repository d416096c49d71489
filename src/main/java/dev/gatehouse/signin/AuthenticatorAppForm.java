package dev.gatehouse.signin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Confirms a new authenticator app.
 *
 * @param name what the user calls it, such as the phone it is on
 * @param code a current code from the app
 */
record AuthenticatorAppForm(
        @NotBlank(message = "{security.app.name.required}")
        @Size(max = 64, message = "{security.app.name.size}") String name,
        @NotBlank(message = "{security.app.code.required}")
        @Size(max = 16, message = "{security.app.code.required}") String code) {
}
