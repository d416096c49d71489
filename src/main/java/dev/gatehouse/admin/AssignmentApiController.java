package dev.gatehouse.admin;

import java.net.URI;
import java.util.UUID;

import dev.gatehouse.access.AssignmentFilter;
import dev.gatehouse.access.AssignmentManagement;
import dev.gatehouse.access.AssignmentView;
import dev.gatehouse.access.NewAssignment;
import dev.gatehouse.access.PrincipalType;
import dev.gatehouse.accounts.AccountDetails;
import dev.gatehouse.shared.RejectedException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/admin/assignments}: who may use which permission set in which account. */
@AdminApi
@RequestMapping("/api/admin/assignments")
@PreAuthorize("hasRole('ADMIN')")
class AssignmentApiController {

    private final AssignmentManagement assignments;

    AssignmentApiController(AssignmentManagement assignments) {
        this.assignments = assignments;
    }

    /** Filter by any of {@code accountId}, {@code permissionSetId}, {@code principalType} and {@code principalId}. */
    @GetMapping
    PageResponse<AssignmentView> list(@RequestParam(required = false) @Nullable String accountId,
            @RequestParam(required = false) @Nullable UUID permissionSetId,
            @RequestParam(required = false) @Nullable PrincipalType principalType,
            @RequestParam(required = false) @Nullable UUID principalId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = PageResponse.DEFAULT_SIZE) int size) {
        if (accountId != null && !accountId.matches(AccountDetails.ACCOUNT_ID)) {
            throw RejectedException.invalid("accountId", "account.accountId.invalid", "must be 12 digits");
        }
        return PageResponse.of(assignments.find(new AssignmentFilter(accountId, permissionSetId, principalType,
                principalId), PageResponse.request(page, size)));
    }

    /** 201 with the assignment; 409 when the same principal has the same permission set in the account already. */
    @PostMapping
    ResponseEntity<AssignmentView> create(@RequestBody NewAssignment assignment) {
        AssignmentView created = assignments.create(assignment);
        return ResponseEntity.created(URI.create("/api/admin/assignments/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    AssignmentView get(@PathVariable UUID id) {
        return assignments.get(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        assignments.remove(id);
        return ResponseEntity.noContent().build();
    }
}
