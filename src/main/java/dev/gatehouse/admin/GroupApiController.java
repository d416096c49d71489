package dev.gatehouse.admin;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.GroupDetails;
import dev.gatehouse.directory.GroupManagement;
import dev.gatehouse.directory.GroupView;
import dev.gatehouse.directory.UserView;
import dev.gatehouse.shared.NotFoundException;
import dev.gatehouse.shared.RejectedException;
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

/** {@code /api/admin/groups}: directory groups and their members. */
@AdminApi
@RequestMapping("/api/admin/groups")
@PreAuthorize("hasRole('ADMIN')")
class GroupApiController {

    private final GroupManagement groups;
    private final DirectoryManagement directory;

    GroupApiController(GroupManagement groups, DirectoryManagement directory) {
        this.groups = groups;
        this.directory = directory;
    }

    @GetMapping
    PageResponse<GroupView> list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = PageResponse.DEFAULT_SIZE) int size) {
        return PageResponse.of(groups.findGroups(q, PageResponse.request(page, size)));
    }

    @PostMapping
    ResponseEntity<GroupView> create(@RequestBody GroupDetails details) {
        GroupView created = groups.createGroup(details);
        return ResponseEntity.created(URI.create("/api/admin/groups/" + created.id()))
                .eTag(Versions.etag(created.version())).body(created);
    }

    @GetMapping("/{id}")
    ResponseEntity<GroupView> get(@PathVariable UUID id) {
        GroupView group = groups.getGroup(id);
        return ResponseEntity.ok().eTag(Versions.etag(group.version())).body(group);
    }

    @PutMapping("/{id}")
    ResponseEntity<GroupView> update(@PathVariable UUID id, @RequestBody GroupUpdate update,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        GroupView updated = groups.updateGroup(id, Versions.expected(ifMatch, update.version()),
                new GroupDetails(update.name(), update.description()));
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    /** Deletes the group with its memberships and assignments. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        groups.deleteGroup(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/members")
    PageResponse<UserView> members(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = PageResponse.DEFAULT_SIZE) int size) {
        return PageResponse.of(groups.membersOf(id, q, PageResponse.request(page, size)));
    }

    /** Adds {@code {"userId": "..."}}, or several at once as {@code {"userIds": [...]}}; adding a member again is a no-op. */
    @PostMapping("/{id}/members")
    ResponseEntity<Void> addMember(@PathVariable UUID id, @RequestBody MemberRequest request) {
        groups.getGroup(id);
        groups.addMembers(id, request.ids());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/members/{userId}")
    ResponseEntity<Void> removeMember(@PathVariable UUID id, @PathVariable UUID userId) {
        CurrentAdmin.refuseLeavingAdmins(groups.getGroup(id).name(), directory.adminGroupName(), List.of(userId));
        if (groups.removeMembers(id, List.of(userId)) == 0) {
            throw new NotFoundException("member", userId);
        }
        return ResponseEntity.noContent().build();
    }

    record GroupUpdate(String name, @Nullable String description, @Nullable Long version) {
    }

    record MemberRequest(@Nullable UUID userId, @Nullable List<UUID> userIds) {

        List<UUID> ids() {
            if (userId != null) {
                return List.of(userId);
            }
            if (userIds == null || userIds.isEmpty() || userIds.contains(null)) {
                throw RejectedException.invalid("userId", "field.required", "is required");
            }
            return userIds;
        }
    }
}
