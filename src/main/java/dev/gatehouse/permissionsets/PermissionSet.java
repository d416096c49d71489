package dev.gatehouse.permissionsets;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dev.gatehouse.shared.Sha256;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "permission_sets")
class PermissionSet {

    @Id
    private UUID id;

    private String name;

    private String nameKey;

    private @Nullable String description;

    private String sessionDuration;

    private @Nullable String relayState;

    private @Nullable String inlinePolicy;

    private @Nullable String boundaryManagedArn;

    private @Nullable String boundaryCustomerName;

    private @Nullable String boundaryCustomerPath;

    private @Nullable String roleName;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "permission_set_managed_policies", joinColumns = @JoinColumn(name = "permission_set_id"))
    @Column(name = "policy_arn")
    private Set<String> managedPolicyArns = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "permission_set_customer_policies", joinColumns = @JoinColumn(name = "permission_set_id"))
    private Set<CustomerPolicy> customerPolicies = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "permission_set_tags", joinColumns = @JoinColumn(name = "permission_set_id"))
    @MapKeyColumn(name = "tag_key")
    @Column(name = "tag_value")
    private Map<String, String> tags = new HashMap<>();

    protected PermissionSet() {
        // for JPA
    }

    PermissionSet(PermissionSetDetails details, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        update(details, now);
    }

    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    void update(PermissionSetDetails details, Instant now) {
        this.name = details.name();
        this.nameKey = nameKey(details.name());
        this.description = details.description();
        this.sessionDuration = details.sessionDuration();
        this.relayState = details.relayState();
        this.inlinePolicy = details.inlinePolicy();
        PermissionsBoundary boundary = details.permissionsBoundary();
        this.boundaryManagedArn = boundary == null ? null : boundary.managedPolicyArn();
        CustomerPolicyReference customer = boundary == null ? null : boundary.customerManagedPolicy();
        this.boundaryCustomerName = customer == null ? null : customer.name();
        this.boundaryCustomerPath = customer == null ? null : customer.path();
        this.roleName = details.roleName();
        replace(managedPolicyArns, new HashSet<>(details.managedPolicyArns()));
        replace(customerPolicies, new HashSet<>(details.customerManagedPolicies().stream().map(CustomerPolicy::new).toList()));
        if (!tags.equals(details.tags())) {
            tags.clear();
            tags.putAll(details.tags());
        }
        this.updatedAt = now;
    }

    private static <T> void replace(Set<T> current, Set<T> wanted) {
        if (!current.equals(wanted)) {
            current.retainAll(wanted);
            current.addAll(wanted);
        }
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    long version() {
        return version == null ? 0 : version;
    }

    PermissionSetDetails details() {
        PermissionsBoundary boundary = null;
        if (boundaryManagedArn != null || boundaryCustomerName != null) {
            boundary = new PermissionsBoundary(boundaryManagedArn, boundaryCustomerName == null ? null
                    : new CustomerPolicyReference(boundaryCustomerName, boundaryCustomerPath));
        }
        List<CustomerPolicyReference> customers = customerPolicies.stream().map(CustomerPolicy::toReference)
                .sorted(Comparator.comparing(CustomerPolicyReference::path).thenComparing(CustomerPolicyReference::name))
                .toList();
        return new PermissionSetDetails(name, description, sessionDuration, relayState,
                managedPolicyArns.stream().sorted().toList(), customers, inlinePolicy, boundary, new TreeMap<>(tags),
                roleName);
    }

    PermissionSetView toView() {
        return new PermissionSetView(id, details(), version());
    }

    Map<String, Object> snapshot() {
        return snapshot(details());
    }

    /** The fields for events. The inline policy is named by its size and SHA-256, so that events stay small. */
    static Map<String, Object> snapshot(PermissionSetDetails details) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", details.name());
        fields.put("description", details.description());
        fields.put("sessionDuration", details.sessionDuration());
        fields.put("relayState", details.relayState());
        fields.put("managedPolicyArns", details.managedPolicyArns().stream().sorted().toList());
        fields.put("customerManagedPolicies", details.customerManagedPolicies().stream()
                .map(policy -> policy.path() + policy.name()).sorted().toList());
        String inline = details.inlinePolicy();
        fields.put("inlinePolicy", inline == null ? null
                : inline.getBytes(StandardCharsets.UTF_8).length + " bytes, sha256 " + Sha256.hex(inline));
        PermissionsBoundary boundary = details.permissionsBoundary();
        fields.put("permissionsBoundary", boundary == null ? null : boundary.managedPolicyArn() != null
                ? boundary.managedPolicyArn()
                : boundary.customerManagedPolicy().path() + boundary.customerManagedPolicy().name());
        fields.put("tags", new TreeMap<>(details.tags()));
        fields.put("roleName", details.effectiveRoleName());
        return fields;
    }
}
