package dev.gatehouse.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.gatehouse.permissionsets.CustomerPolicyReference;
import dev.gatehouse.permissionsets.PermissionSetDetails;
import dev.gatehouse.permissionsets.PermissionsBoundary;
import org.jspecify.annotations.Nullable;

/**
 * The permission set form: lists as lines of text. Managed policy ARNs one per line; customer managed
 * policies one per line as {@code /path/Name} (or just {@code Name} for the path {@code /}); tags one per line
 * as {@code key=value}; the boundary as a managed policy ARN or a customer policy in the same format.
 */
record PermissionSetForm(@Nullable String name, @Nullable String description, @Nullable String sessionDuration,
        @Nullable String relayState, @Nullable String managedPolicyArns, @Nullable String customerManagedPolicies,
        @Nullable String inlinePolicy, @Nullable String boundaryManagedArn, @Nullable String boundaryCustomerPolicy,
        @Nullable String tags, @Nullable String roleName, @Nullable Long version) {

    static PermissionSetForm empty() {
        return new PermissionSetForm("", "", PermissionSetDetails.DEFAULT_DURATION, "", "", "", "", "", "", "", "", null);
    }

    static PermissionSetForm of(PermissionSetDetails details, @Nullable Long version) {
        PermissionsBoundary boundary = details.permissionsBoundary();
        return new PermissionSetForm(details.name(), details.description(), details.sessionDuration(),
                details.relayState(), String.join("\n", details.managedPolicyArns()),
                details.customerManagedPolicies().stream().map(PermissionSetForm::reference)
                        .collect(Collectors.joining("\n")),
                details.inlinePolicy(), boundary == null ? null : boundary.managedPolicyArn(),
                boundary == null || boundary.customerManagedPolicy() == null ? null
                        : reference(boundary.customerManagedPolicy()),
                details.tags().entrySet().stream().map(tag -> tag.getKey() + "=" + tag.getValue())
                        .collect(Collectors.joining("\n")),
                details.roleName(), version);
    }

    PermissionSetDetails details() {
        String customerBoundary = blankToNull(boundaryCustomerPolicy);
        PermissionsBoundary boundary = new PermissionsBoundary(boundaryManagedArn,
                customerBoundary == null ? null : parseReference(customerBoundary));
        return new PermissionSetDetails(name, description, sessionDuration, relayState, lines(managedPolicyArns),
                lines(customerManagedPolicies).stream().map(PermissionSetForm::parseReference).toList(),
                inlinePolicy, boundary, parseTags(tags), roleName);
    }

    /**
     * The form input a module field is shown next to; for an entry of a list typed one entry a line (not the tags,
     * whose brackets hold a key), the line it is on.
     */
    static FormErrors.Input input(FieldProblem problem) {
        String field = problem.topField();
        if (field.equals("permissionsBoundary")) {
            return new FormErrors.Input(problem.field().contains("customerManagedPolicy") ? "boundaryCustomerPolicy"
                    : "boundaryManagedArn", null);
        }
        return new FormErrors.Input(field, field.equals("tags") ? null : line(problem.field()));
    }

    private static @Nullable Integer line(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (open < 0 || close < open) {
            return null;
        }
        try {
            return Integer.parseInt(field.substring(open + 1, close)) + 1;
        }
        catch (NumberFormatException notAnIndex) {
            return null;
        }
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static CustomerPolicyReference parseReference(String line) {
        int slash = line.lastIndexOf('/');
        return slash < 0 ? new CustomerPolicyReference(line, "/")
                : new CustomerPolicyReference(line.substring(slash + 1), line.substring(0, slash + 1));
    }

    private static String reference(CustomerPolicyReference reference) {
        return reference.path() + reference.name();
    }

    private static Map<String, String> parseTags(@Nullable String text) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String line : lines(text)) {
            int equals = line.indexOf('=');
            parsed.put(equals < 0 ? line : line.substring(0, equals).strip(),
                    equals < 0 ? "" : line.substring(equals + 1).strip());
        }
        return parsed;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
