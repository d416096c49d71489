package dev.gatehouse.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The groups an OIDC provider's tokens bring. Each becomes a directory group marked with the provider's
 * registration id, named as in the token unless that name belongs to a group managed elsewhere (or is the admin
 * group's), in which case it is {@code "name (registrationId)"}. At each sign-in the user's memberships in that
 * provider's groups are replaced by the token's; groups managed here or by other providers are never touched.
 */
@Component
class ProviderGroups {

    private static final Logger log = LoggerFactory.getLogger(ProviderGroups.class);

    private final GroupRepository groups;
    private final DirectoryProperties properties;

    ProviderGroups(GroupRepository groups, DirectoryProperties properties) {
        this.groups = groups;
        this.properties = properties;
    }

    /** Returns whether one of the token's groups is one of {@code adminGroups}. */
    boolean replaceMemberships(User user, ExternalSignIn signIn, Instant now) {
        Map<String, String> wanted = byKey(signIn.groups());
        Set<UUID> wantedIds = new HashSet<>();
        for (Group group : resolve(wanted.values(), signIn.registrationId(), now)) {
            wantedIds.add(group.id());
        }
        Set<UUID> currentIds = new HashSet<>();
        for (Group group : groups.findBySourceAndMember(signIn.registrationId(), user.id())) {
            currentIds.add(group.id());
            if (!wantedIds.contains(group.id())) {
                groups.removeMembership(group.id(), user.id());
            }
        }
        for (UUID groupId : wantedIds) {
            if (!currentIds.contains(groupId)) {
                groups.addMembership(groupId, user.id());
            }
        }
        Set<String> adminKeys = byKey(signIn.adminGroups()).keySet();
        return wanted.keySet().stream().anyMatch(adminKeys::contains);
    }

    private List<Group> resolve(Iterable<String> names, String registrationId, Instant now) {
        Set<String> keys = new HashSet<>();
        for (String name : names) {
            keys.add(Group.nameKey(name));
            keys.add(Group.nameKey(ExternalNames.qualifiedGroupName(name, registrationId)));
        }
        Map<String, Group> existing = keys.isEmpty() ? Map.of() : groups.findByNameKeyIn(keys).stream()
                .collect(Collectors.toMap(Group::nameKey, Function.identity()));
        List<Group> resolved = new ArrayList<>();
        for (String name : names) {
            Group group = resolve(name, registrationId, existing, now);
            if (group != null) {
                resolved.add(group);
            }
        }
        return resolved;
    }

    private @Nullable Group resolve(String name, String registrationId, Map<String, Group> existing, Instant now) {
        String qualified = ExternalNames.qualifiedGroupName(name, registrationId);
        Group plain = existing.get(Group.nameKey(name));
        Group qualifiedGroup = existing.get(Group.nameKey(qualified));
        if (plain != null && registrationId.equals(plain.source())) {
            return plain;
        }
        if (qualifiedGroup != null) {
            if (registrationId.equals(qualifiedGroup.source())) {
                return qualifiedGroup;
            }
            log.warn("Ignored group '{}' from {}: both its name and '{}' belong to other groups", name,
                    registrationId, qualified);
            return null;
        }
        boolean plainFree = plain == null
                && !Group.nameKey(name).equals(Group.nameKey(properties.adminGroup()));
        Group created = Group.fromProvider(plainFree ? name : qualified, registrationId, now);
        existing.put(created.nameKey(), created);
        log.info("Created group '{}' for {}", created.name(), registrationId);
        return groups.save(created);
    }

    /** The groups' directory names by their lower-case key, each once. */
    private static Map<String, String> byKey(List<String> idpGroups) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String idpGroup : idpGroups) {
            String name = ExternalNames.groupName(idpGroup);
            if (name != null) {
                names.putIfAbsent(Group.nameKey(name), name);
            }
        }
        return names;
    }
}
