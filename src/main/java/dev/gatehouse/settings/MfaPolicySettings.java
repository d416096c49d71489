package dev.gatehouse.settings;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The MFA policy in force and where it comes from.
 *
 * @param stored false while the policy still comes from the {@code gatehouse.mfa.*} properties
 * @param updatedAt when an administrator last saved it, or null when never
 * @param updatedBy who did, or null when never
 */
public record MfaPolicySettings(MfaPolicy policy, boolean stored, @Nullable Instant updatedAt,
        @Nullable String updatedBy) {
}
