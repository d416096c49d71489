package dev.gatehouse.signin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The password, or a current code from an authenticator app, confirming a sensitive change. */
record ProofForm(
        @NotBlank(message = "{security.proof.required}")
        @Size(max = 1024, message = "{security.proof.wrong}") String proof) {

    /** The proof is a password or a code: never in a log line. */
    @Override
    public String toString() {
        return "ProofForm[proof=<hidden>]";
    }
}
