package dev.gatehouse.permissionsets;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The common AWS job-function permission sets Identity Center predefines, as templates: each attaches the AWS
 * managed policy of the same name with a one-hour session.
 */
public final class PermissionSetPresets {

    private static final List<PermissionSetDetails> PRESETS = List.of(
            preset("AdministratorAccess", "Provides full access to AWS services and resources.",
                    "arn:aws:iam::aws:policy/AdministratorAccess"),
            preset("PowerUserAccess",
                    "Provides full access to AWS services and resources, but does not allow management of users and groups.",
                    "arn:aws:iam::aws:policy/PowerUserAccess"),
            preset("ReadOnlyAccess", "Provides read-only access to AWS services and resources.",
                    "arn:aws:iam::aws:policy/ReadOnlyAccess"),
            preset("ViewOnlyAccess", "Grants permissions to view resources and basic metadata across all AWS services.",
                    "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"),
            preset("Billing", "Grants permissions for billing and cost management, including budgets and payment methods.",
                    "arn:aws:iam::aws:policy/job-function/Billing"));

    private PermissionSetPresets() {
    }

    public static List<PermissionSetDetails> all() {
        return PRESETS;
    }

    /** The preset of that name, matched ignoring case. */
    public static Optional<PermissionSetDetails> named(String name) {
        return PRESETS.stream().filter(preset -> preset.name().equalsIgnoreCase(name)).findFirst();
    }

    private static PermissionSetDetails preset(String name, String description, String policyArn) {
        return new PermissionSetDetails(name, description, PermissionSetDetails.DEFAULT_DURATION, null,
                List.of(policyArn), List.of(), null, null, Map.of(), null);
    }
}
