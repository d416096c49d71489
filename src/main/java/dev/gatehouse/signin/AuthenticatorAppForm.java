package dev.gatehouse.signin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Confirms a new authenticator app.
 *
 * @param name what the user calls it, such as the phone it is on
 * @param code a current code from the app
 */
record AuthenticatorAppForm(@NotBlank @Size(max = 64) String name, @NotBlank @Size(max = 16) String code) {
}
