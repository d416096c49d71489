package dev.gatehouse.admin;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.access.Entitlement;
import dev.gatehouse.access.EntitlementQuery;
import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.GroupManagement;
import dev.gatehouse.directory.GroupView;
import dev.gatehouse.directory.NewUser;
import dev.gatehouse.directory.UserChanges;
import dev.gatehouse.directory.UserView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
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

/** {@code /api/admin/users}: the directory's users, their password, groups and entitlements. */
@AdminApi
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserApiController {

    private final DirectoryManagement directory;
    private final GroupManagement groups;
    private final EntitlementQuery entitlements;

    UserApiController(DirectoryManagement directory, GroupManagement groups, EntitlementQuery entitlements) {
        this.directory = directory;
        this.groups = groups;
        this.entitlements = entitlements;
    }

    @GetMapping
    PageResponse<UserView> list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = PageResponse.DEFAULT_SIZE) int size) {
        return PageResponse.of(directory.findUsers(q, PageResponse.request(page, size)));
    }

    @PostMapping
    ResponseEntity<UserView> create(@RequestBody NewUser user) {
        UserView created = directory.createUser(user);
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.id()))
                .eTag(Versions.etag(created.version())).body(created);
    }

    @GetMapping("/{id}")
    ResponseEntity<UserView> get(@PathVariable UUID id) {
        UserView user = directory.getUser(id);
        return ResponseEntity.ok().eTag(Versions.etag(user.version())).body(user);
    }

    @PutMapping("/{id}")
    ResponseEntity<UserView> update(@PathVariable UUID id, @RequestBody UserUpdate update,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        long version = Versions.expected(ifMatch, update.version());
        UserChanges changes = update.changes();
        CurrentAdmin.refuseSelfDisable(id, Boolean.TRUE.equals(changes.active()));
        UserView updated = directory.updateUser(id, version, changes);
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    /** Deletes the user with their group memberships and assignments. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        CurrentAdmin.refuseSelfDelete(id);
        directory.deleteUser(id);
        return ResponseEntity.noContent().build();
    }

    /**
     * Sets the password given as {@code {"password": "..."}} (204), or without one generates a password and
     * returns it once as {@code {"password": "..."}} (200, not cached).
     */
    @PostMapping("/{id}/password")
    ResponseEntity<Map<String, String>> password(@PathVariable UUID id,
            @RequestBody(required = false) @Nullable PasswordRequest request) {
        if (request != null && request.password() != null && !request.password().isEmpty()) {
            directory.setPassword(id, request.password());
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("password", directory.resetPassword(id)));
    }

    @GetMapping("/{id}/groups")
    List<GroupView> groups(@PathVariable UUID id) {
        directory.getUser(id);
        return groups.groupsOf(id);
    }

    /** What the user may use right now, once per way they got it; empty for a disabled user. */
    @GetMapping("/{id}/entitlements")
    List<EntitlementResponse> entitlements(@PathVariable UUID id) {
        directory.getUser(id);
        return entitlements.entitlementsOf(id).stream().map(EntitlementResponse::of).toList();
    }

    record UserUpdate(String username, String displayName, @Nullable String email, @Nullable Boolean active,
            @Nullable Long version) {

        UserChanges changes() {
            return new UserChanges(username, displayName, email, active);
        }
    }

    record PasswordRequest(@Nullable String password) {

        @Override
        public String toString() {
            return "PasswordRequest[...]";
        }
    }

    /**
     * @param via {@code USER} for an assignment to the user, {@code GROUP} for one through {@code groupName}
     */
    record EntitlementResponse(String accountId, String accountName, UUID permissionSetId, String permissionSetName,
            String via, @Nullable String groupName, String roleName, String sessionDuration) {

        static EntitlementResponse of(Entitlement entitlement) {
            return new EntitlementResponse(entitlement.accountId(), entitlement.accountName(),
                    entitlement.permissionSetId(), entitlement.permissionSetName(),
                    entitlement.viaGroup() == null ? "USER" : "GROUP", entitlement.viaGroup(), entitlement.roleName(),
                    entitlement.sessionDuration().toString());
        }
    }
}
