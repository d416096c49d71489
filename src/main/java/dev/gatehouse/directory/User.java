package dev.gatehouse.directory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    /** Changes the fields; returns false, touching nothing, when they are as given already. */
    boolean update(String username, String displayName, @Nullable String email, boolean active, Instant now) {
        if (username.equals(this.username) && displayName.equals(this.displayName)
                && Objects.equals(email, this.email) && active == this.active) {
            return false;
        }
        this.username = username;
        this.usernameKey = usernameKey(username);
        this.displayName = displayName;
        this.email = email;
        this.active = active;
        this.updatedAt = now;
        return true;
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

    UserSource source() {
        return source;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** The fields an admin sees and changes, for events: never the password hash. */
    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("email", email);
        fields.put("active", active);
        return fields;
    }

    UserView toView() {
        return new UserView(id, username, displayName, email, active, source.name(), passwordHash != null, version());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof User user && id.equals(user.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
