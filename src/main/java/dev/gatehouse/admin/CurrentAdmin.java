package dev.gatehouse.admin;

import java.util.Collection;
import java.util.UUID;

import dev.gatehouse.shared.RejectedException;
import dev.gatehouse.shared.UserPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Rules that keep admins from locking themselves out: no deleting or disabling yourself, and no leaving the admin
 * group yourself (another admin can take you out).
 */
final class CurrentAdmin {

    private CurrentAdmin() {
    }

    static @Nullable UUID id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof UserPrincipal user
                ? user.userId() : null;
    }

    static void refuseSelfDelete(UUID userId) {
        if (userId.equals(id())) {
            throw RejectedException.invalid(null, "user.delete.self", "You cannot delete your own user.");
        }
    }

    static void refuseLeavingAdmins(String groupName, String adminGroup, Collection<UUID> userIds) {
        if (groupName.equalsIgnoreCase(adminGroup) && userIds.contains(id())) {
            throw RejectedException.invalid(null, "group.leave.self",
                    "You cannot remove yourself from the admin group.");
        }
    }

    static void refuseSelfDisable(UUID userId, boolean active) {
        if (!active && userId.equals(id())) {
            throw RejectedException.invalid("active", "user.disable.self", "You cannot disable your own user.");
        }
    }
}
