package dev.gatehouse.signin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The password, or a current code from an authenticator app, confirming a sensitive change. */
record ProofForm(@NotBlank @Size(max = 1024) String proof) {
}
