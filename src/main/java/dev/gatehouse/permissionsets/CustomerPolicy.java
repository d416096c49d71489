package dev.gatehouse.permissionsets;

import java.util.Objects;

import jakarta.persistence.Embeddable;

@Embeddable
class CustomerPolicy {

    private String policyName;

    private String policyPath;

    protected CustomerPolicy() {
        // for JPA
    }

    CustomerPolicy(CustomerPolicyReference reference) {
        this.policyName = reference.name();
        this.policyPath = reference.path();
    }

    CustomerPolicyReference toReference() {
        return new CustomerPolicyReference(policyName, policyPath);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerPolicy policy && policyName.equals(policy.policyName)
                && policyPath.equals(policy.policyPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policyName, policyPath);
    }
}
