package dev.gatehouse.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.gatehouse.shared.LikePattern;
import dev.gatehouse.shared.NotFoundException;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.RejectedException;
import dev.gatehouse.shared.Versions;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The directory's groups and memberships, as admins manage them. Same conventions as {@link DirectoryManagement}:
 * validated input, 409 for a taken name, optimistic locking on updates, an event for every change.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class GroupManagement {

    private final GroupRepository groups;
    private final UserRepository users;
    private final DirectoryProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupManagement(GroupRepository groups, UserRepository users, DirectoryProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.groups = groups;
        this.users = users;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Groups whose name or description contains {@code query}, ignoring case, by name. */
    public Page<GroupView> findGroups(@Nullable String query, Pageable pageable) {
        return groups.search(LikePattern.containing(query),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("nameKey")));
    }

    public GroupView getGroup(UUID id) {
        return view(load(id));
    }

    public Optional<GroupView> findGroupByName(String name) {
        return groups.findByNameKey(Group.nameKey(name)).map(this::view);
    }

    public boolean groupExists(UUID id) {
        return groups.existsById(id);
    }

    public long countGroups() {
        return groups.count();
    }

    /** Every group by name, for pickers and the import. */
    public List<GroupView> allGroups() {
        return groups.allViews();
    }

    /** The groups of these ids that exist, by name: a picker's selection. */
    public List<GroupView> groupsByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : groups.viewsOf(ids);
    }

    public List<GroupView> groupsOf(UUID userId) {
        return groups.viewsOf(userId);
    }

    /** The group's members whose username, display name or email contains {@code query} (all for none), by username. */
    public Page<UserView> membersOf(UUID groupId, @Nullable String query, Pageable pageable) {
        load(groupId);
        return users.membersOf(groupId, LikePattern.containing(query), DirectoryManagement.byUsername(pageable))
                .map(User::toView);
    }

    /** Users not in the group whose username or display name contains {@code query}: candidates to add. */
    public Page<UserView> nonMembers(UUID groupId, @Nullable String query, Pageable pageable) {
        return users.searchNotInGroup(groupId, LikePattern.containing(query),
                DirectoryManagement.byUsername(pageable)).map(User::toView);
    }

    @Transactional
    public GroupView createGroup(@Valid GroupDetails details) {
        requireFreeName(details.name(), null);
        Instant now = clock.instant();
        Group group = groups.saveAndFlush(new Group(details.name(), details.description(), now));
        events.publishEvent(new GroupCreated(group.id(), group.name(), group.snapshot(), Origin.current(), now));
        return view(group);
    }

    @Transactional
    public GroupView updateGroup(UUID id, long expectedVersion, @Valid GroupDetails details) {
        Group group = load(id);
        Versions.requireCurrent(Group.class, id, group.version(), expectedVersion);
        requireFreeName(details.name(), id);
        if (isAdminGroup(group) && !Group.nameKey(details.name()).equals(Group.nameKey(group.name()))) {
            throw RejectedException.invalid("name", "group.admins.rename",
                    "The admin group keeps its name: gatehouse.directory.admin-group names it.");
        }
        Map<String, Object> before = group.snapshot();
        Instant now = clock.instant();
        if (group.update(details.name(), details.description(), now)) {
            groups.saveAndFlush(group);
            events.publishEvent(new GroupUpdated(id, group.name(), before, group.snapshot(), Origin.current(), now));
        }
        return view(group);
    }

    /**
     * Deletes the group with its memberships and, through {@link GroupDeleted}, its assignments. The admin group
     * ({@code gatehouse.directory.admin-group}) can be neither deleted nor renamed.
     */
    @Transactional
    public void deleteGroup(UUID id) {
        Group group = load(id);
        if (isAdminGroup(group)) {
            throw RejectedException.invalid(null, "group.admins.delete", "The admin group cannot be deleted.");
        }
        Map<String, Object> before = group.snapshot();
        before.put("memberCount", group.memberCount());
        events.publishEvent(new GroupDeleted(id, group.name(), before, Origin.current(), clock.instant()));
        groups.delete(group);
        groups.flush();
    }

    /** Adds the users to the group; returns how many were not members yet. Unknown user ids are refused. */
    @Transactional
    public int addMembers(UUID groupId, Collection<UUID> userIds) {
        return changeMembers(groupId, userIds, List.of());
    }

    /** Removes the users from the group; returns how many were members. */
    @Transactional
    public int removeMembers(UUID groupId, Collection<UUID> userIds) {
        return changeMembers(groupId, List.of(), userIds);
    }

    private int changeMembers(UUID groupId, Collection<UUID> toAdd, Collection<UUID> toRemove) {
        Group group = load(groupId);
        List<User> adding = usersOf(toAdd);
        List<User> removing = usersOf(toRemove);
        List<User> added = new ArrayList<>();
        List<User> removed = new ArrayList<>();
        adding.stream().filter(group::addMember).forEach(added::add);
        removing.stream().filter(group::removeMember).forEach(removed::add);
        if (added.isEmpty() && removed.isEmpty()) {
            return 0;
        }
        groups.saveAndFlush(group);
        events.publishEvent(new GroupMembershipChanged(groupId, group.name(), ids(added), names(added),
                ids(removed), names(removed), Origin.current(), clock.instant()));
        return added.size() + removed.size();
    }

    private List<User> usersOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<User> found = new ArrayList<>(users.findByIdIn(ids));
        if (found.size() != ids.stream().distinct().count()) {
            throw RejectedException.invalid("userId", "group.member.unknown", "No such user.");
        }
        found.sort(Comparator.comparing(User::username, String.CASE_INSENSITIVE_ORDER));
        return found;
    }

    private boolean isAdminGroup(Group group) {
        return Group.nameKey(group.name()).equals(Group.nameKey(properties.adminGroup()));
    }

    private Group load(UUID id) {
        return groups.findById(id).orElseThrow(() -> new NotFoundException("group", id));
    }

    private void requireFreeName(String name, @Nullable UUID self) {
        groups.findByNameKey(Group.nameKey(name))
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw RejectedException.duplicate("name", "group.name.taken", "The group " + name + " exists.", name);
                });
    }

    private GroupView view(Group group) {
        return new GroupView(group.id(), group.name(), group.description(), group.source(),
                (int) groups.countMembers(group.id()), group.version());
    }

    private static List<UUID> ids(List<User> users) {
        return users.stream().map(User::id).toList();
    }

    private static List<String> names(List<User> users) {
        return users.stream().map(User::username).toList();
    }
}
