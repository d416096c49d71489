package dev.gatehouse.permissionsets;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Permission set definitions. Input is validated here whoever calls ({@code ConstraintViolationException}); a
 * taken name (ignoring case) is refused with a {@link RejectedException} (409); a stale {@code expectedVersion}
 * throws an {@link ObjectOptimisticLockingFailureException}. Every change publishes an event in its transaction.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PermissionSetManagement {

    private final PermissionSetRepository permissionSets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PermissionSetManagement(PermissionSetRepository permissionSets, ApplicationEventPublisher events, Clock clock) {
        this.permissionSets = permissionSets;
        this.events = events;
        this.clock = clock;
    }

    /** Permission sets whose name or description contains {@code query}, ignoring case, by name. */
    public Page<PermissionSetSummary> findPermissionSets(@Nullable String query, Pageable pageable) {
        return permissionSets.search(LikePattern.containing(query),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("nameKey")));
    }

    public List<PermissionSetSummary> allPermissionSets() {
        return permissionSets.allSummaries();
    }

    public PermissionSetView getPermissionSet(UUID id) {
        return load(id).toView();
    }

    /** The permission set of that name, ignoring case. */
    public Optional<PermissionSetView> findByName(String name) {
        return permissionSets.findByNameKey(PermissionSet.nameKey(name)).map(PermissionSet::toView);
    }

    public boolean exists(UUID id) {
        return permissionSets.existsById(id);
    }

    public long countPermissionSets() {
        return permissionSets.count();
    }

    @Transactional
    public PermissionSetView create(@Valid PermissionSetDetails details) {
        requireFreeName(details.name(), null);
        Instant now = clock.instant();
        PermissionSet created = permissionSets.saveAndFlush(new PermissionSet(details, now));
        events.publishEvent(new PermissionSetCreated(created.id(), created.name(), created.snapshot(),
                Origin.current(), now));
        return created.toView();
    }

    @Transactional
    public PermissionSetView update(UUID id, long expectedVersion, @Valid PermissionSetDetails details) {
        PermissionSet permissionSet = load(id);
        Versions.requireCurrent(PermissionSet.class, id, permissionSet.version(), expectedVersion);
        requireFreeName(details.name(), id);
        Map<String, Object> before = permissionSet.snapshot();
        if (before.equals(PermissionSet.snapshot(details)) && sameRoleName(permissionSet, details)) {
            return permissionSet.toView();
        }
        Instant now = clock.instant();
        permissionSet.update(details, now);
        permissionSets.saveAndFlush(permissionSet);
        events.publishEvent(new PermissionSetChanged(id, permissionSet.name(), before, permissionSet.snapshot(),
                Origin.current(), now));
        return permissionSet.toView();
    }

    /**
     * Deletes the permission set and, through {@link PermissionSetDeleted}, every assignment of it. Callers ask
     * the admin to confirm first when there are assignments.
     */
    @Transactional
    public void delete(UUID id) {
        PermissionSet permissionSet = load(id);
        events.publishEvent(new PermissionSetDeleted(id, permissionSet.name(), permissionSet.snapshot(),
                Origin.current(), clock.instant()));
        permissionSets.delete(permissionSet);
        permissionSets.flush();
    }

    private static boolean sameRoleName(PermissionSet permissionSet, PermissionSetDetails details) {
        return Objects.equals(permissionSet.details().roleName(), details.roleName());
    }

    private PermissionSet load(UUID id) {
        return permissionSets.findById(id).orElseThrow(() -> new NotFoundException("permission set", id));
    }

    private void requireFreeName(String name, @Nullable UUID self) {
        permissionSets.findByNameKey(PermissionSet.nameKey(name))
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw RejectedException.duplicate("name", "permissionset.name.taken",
                            "The permission set " + name + " exists.", name);
                });
    }
}
