package dev.gatehouse.admin;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.access.AssignmentManagement;
import dev.gatehouse.permissionsets.CustomerPolicyReference;
import dev.gatehouse.permissionsets.PermissionSetDetails;
import dev.gatehouse.permissionsets.PermissionSetManagement;
import dev.gatehouse.permissionsets.PermissionSetPresets;
import dev.gatehouse.permissionsets.PermissionSetSummary;
import dev.gatehouse.permissionsets.PermissionSetView;
import dev.gatehouse.permissionsets.PermissionsBoundary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/admin/permission-sets}: permission set definitions and the job-function presets. */
@AdminApi
@RequestMapping("/api/admin/permission-sets")
@PreAuthorize("hasRole('ADMIN')")
class PermissionSetApiController {

    private final PermissionSetManagement permissionSets;
    private final AssignmentManagement assignments;

    PermissionSetApiController(PermissionSetManagement permissionSets, AssignmentManagement assignments) {
        this.permissionSets = permissionSets;
        this.assignments = assignments;
    }

    @GetMapping
    PageResponse<PermissionSetItem> list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = PageResponse.DEFAULT_SIZE) int size) {
        return PageResponse.of(permissionSets.findPermissionSets(q, PageResponse.request(page, size)),
                PermissionSetItem::of);
    }

    /** AdministratorAccess, PowerUserAccess, ReadOnlyAccess, ViewOnlyAccess and Billing, ready to POST. */
    @GetMapping("/presets")
    List<PermissionSetDetails> presets() {
        return PermissionSetPresets.all();
    }

    @PostMapping
    ResponseEntity<PermissionSetResponse> create(@RequestBody PermissionSetRequest request) {
        PermissionSetView created = permissionSets.create(request.details());
        return ResponseEntity.created(URI.create("/api/admin/permission-sets/" + created.id()))
                .eTag(Versions.etag(created.version())).body(PermissionSetResponse.of(created));
    }

    @GetMapping("/{id}")
    ResponseEntity<PermissionSetResponse> get(@PathVariable UUID id) {
        PermissionSetView permissionSet = permissionSets.getPermissionSet(id);
        return ResponseEntity.ok().eTag(Versions.etag(permissionSet.version()))
                .body(PermissionSetResponse.of(permissionSet));
    }

    /** Replaces the whole definition: fields left out are cleared or take their defaults. */
    @PutMapping("/{id}")
    ResponseEntity<PermissionSetResponse> update(@PathVariable UUID id, @RequestBody PermissionSetRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        PermissionSetView updated = permissionSets.update(id, Versions.expected(ifMatch, request.version()),
                request.details());
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(PermissionSetResponse.of(updated));
    }

    /**
     * Deletes the permission set. With assignments it answers 409 with their {@code assignmentCount} unless
     * {@code ?force=true}, which removes them with it.
     */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean force) {
        PermissionSetView permissionSet = permissionSets.getPermissionSet(id);
        long count = assignments.countForPermissionSet(id);
        if (count > 0 && !force) {
            throw new HasAssignmentsException("The permission set " + permissionSet.name(), count);
        }
        permissionSets.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** A permission set in a list, without its policies: {@code GET /{id}} has them. */
    record PermissionSetItem(UUID id, String name, @Nullable String description, String sessionDuration,
            @Nullable String roleName, String effectiveRoleName) {

        static PermissionSetItem of(PermissionSetSummary summary) {
            return new PermissionSetItem(summary.id(), summary.name(), summary.description(),
                    summary.sessionDuration(), summary.roleName(), summary.effectiveRoleName());
        }
    }

    record PermissionSetRequest(String name, @Nullable String description, @Nullable String sessionDuration,
            @Nullable String relayState, @Nullable List<String> managedPolicyArns,
            @Nullable List<CustomerPolicyReference> customerManagedPolicies, @Nullable String inlinePolicy,
            @Nullable PermissionsBoundary permissionsBoundary, @Nullable Map<String, String> tags,
            @Nullable String roleName, @Nullable Long version) {

        PermissionSetDetails details() {
            return new PermissionSetDetails(name, description, sessionDuration, relayState, managedPolicyArns,
                    customerManagedPolicies, inlinePolicy, permissionsBoundary, tags, roleName);
        }
    }

    /** @param effectiveRoleName the IAM role's name in the accounts, {@code GatehouseReserved_{name}} by default */
    record PermissionSetResponse(UUID id, String name, @Nullable String description, String sessionDuration,
            @Nullable String relayState, List<String> managedPolicyArns,
            List<CustomerPolicyReference> customerManagedPolicies, @Nullable String inlinePolicy,
            @Nullable PermissionsBoundary permissionsBoundary, Map<String, String> tags, @Nullable String roleName,
            String effectiveRoleName, long version) {

        static PermissionSetResponse of(PermissionSetView view) {
            PermissionSetDetails details = view.details();
            return new PermissionSetResponse(view.id(), details.name(), details.description(),
                    details.sessionDuration(), details.relayState(), details.managedPolicyArns(),
                    details.customerManagedPolicies(), details.inlinePolicy(), details.permissionsBoundary(),
                    details.tags(), details.roleName(), details.effectiveRoleName(), view.version());
        }
    }
}
