package dev.gatehouse.directory;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "directory_users")
class User {

    @Id
    private UUID id;

    private String username;

    private String usernameKey;

    private String displayName;

    private @Nullable String email;

    private boolean active;

    private @Nullable String passwordHash;

    @Enumerated(EnumType.STRING)
    private UserSource source;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private @Nullable Long version;

    protected User() {
        // for JPA
    }

    User(String username, String displayName, @Nullable String email, UserSource source, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.usernameKey = usernameKey(username);
        this.displayName = displayName;
        this.email = email;
        this.active = true;
        this.source = source;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static String usernameKey(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    void changePasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    /** Takes the display name and email an identity provider sent; changes nothing when they are the same. */
    void updateProfile(String displayName, @Nullable String email, Instant now) {
        if (!displayName.equals(this.displayName) || !Objects.equals(email, this.email)) {
            this.displayName = displayName;
            this.email = email;
            this.updatedAt = now;
        }
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    @Nullable String email() {
        return email;
    }

    boolean active() {
        return active;
    }

    @Nullable String passwordHash() {
        return passwordHash;
    }

    UserView toView() {
        return new UserView(id, username, displayName, email, active);
    }
}
