package dev.gatehouse.directory;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "directory_groups")
class Group {

    @Id
    private UUID id;

    private String name;

    private String nameKey;

    private @Nullable String description;

    /** The OIDC registration a group was synchronised from, or null for a group managed here. */
    private @Nullable String source;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private @Nullable Long version;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "group_memberships",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> members = new HashSet<>();

    protected Group() {
        // for JPA
    }

    Group(String name, @Nullable String description, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.nameKey = nameKey(name);
        this.description = description;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A group an OIDC provider's tokens name; its memberships follow the provider's at each sign-in. */
    static Group fromProvider(String name, String registrationId, Instant now) {
        Group group = new Group(name, null, now);
        group.source = registrationId;
        return group;
    }

    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Changes the fields; returns false, touching nothing, when they are as given already. */
    boolean update(String name, @Nullable String description, Instant now) {
        if (name.equals(this.name) && Objects.equals(description, this.description)) {
            return false;
        }
        this.name = name;
        this.nameKey = nameKey(name);
        this.description = description;
        this.updatedAt = now;
        return true;
    }

    /** Adds the user; false when they were a member already. */
    boolean addMember(User user) {
        return members.add(user);
    }

    boolean removeMember(User user) {
        return members.remove(user);
    }

    int memberCount() {
        return members.size();
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String nameKey() {
        return nameKey;
    }

    @Nullable String description() {
        return description;
    }

    @Nullable String source() {
        return source;
    }

    long version() {
        return version == null ? 0 : version;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description);
        return fields;
    }
}
