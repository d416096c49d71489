package dev.gatehouse.signin;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One failed sign-in attempt. Rows are only inserted and deleted, so concurrent nodes never conflict. */
@Entity
@Table(name = "signin_failures")
class SignInFailure {

    @Id
    private UUID id;

    private String throttleKey;

    private Instant failedAt;

    protected SignInFailure() {
        // for JPA
    }

    SignInFailure(String throttleKey, Instant failedAt) {
        this.id = UUID.randomUUID();
        this.throttleKey = throttleKey;
        this.failedAt = failedAt;
    }
}
