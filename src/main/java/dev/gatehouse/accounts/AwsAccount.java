package dev.gatehouse.accounts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "aws_accounts")
class AwsAccount {

    @Id
    private String accountId;

    private String name;

    private @Nullable String email;

    @Column(name = "partition")
    private String partition;

    private @Nullable String description;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private @Nullable Long version;

    protected AwsAccount() {
        // for JPA
    }

    AwsAccount(AccountDetails details, Instant now) {
        this.accountId = details.accountId();
        this.createdAt = now;
        update(details, now);
    }

    /** Changes the fields; returns false, touching nothing, when they are as given already. */
    boolean update(AccountDetails details, Instant now) {
        if (details.name().equals(name) && Objects.equals(details.email(), email)
                && details.partition().equals(partition) && Objects.equals(details.description(), description)) {
            return false;
        }
        this.name = details.name();
        this.email = details.email();
        this.partition = details.partition();
        this.description = details.description();
        this.updatedAt = now;
        return true;
    }

    String accountId() {
        return accountId;
    }

    long version() {
        return version == null ? 0 : version;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("accountId", accountId);
        fields.put("name", name);
        fields.put("email", email);
        fields.put("partition", partition);
        fields.put("description", description);
        return fields;
    }

    AccountView toView() {
        return new AccountView(accountId, name, email, partition, description, version());
    }
}
