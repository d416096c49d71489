package dev.gatehouse.settings;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** One stored runtime setting; a key without a row falls back to its configuration property. */
@Entity
@Table(name = "runtime_settings")
class RuntimeSetting {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value")
    private String value;

    private Instant updatedAt;

    private @Nullable String updatedBy;

    @Version
    @Column(nullable = false)
    private @Nullable Long version;

    protected RuntimeSetting() {
        // for JPA
    }

    RuntimeSetting(String key, String value, Instant now, @Nullable String updatedBy) {
        this.key = key;
        this.value = value;
        this.updatedAt = now;
        this.updatedBy = updatedBy;
    }

    void change(String value, Instant now, @Nullable String updatedBy) {
        this.value = value;
        this.updatedAt = now;
        this.updatedBy = updatedBy;
    }

    String key() {
        return key;
    }

    String value() {
        return value;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable String updatedBy() {
        return updatedBy;
    }
}
