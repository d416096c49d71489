package dev.gatehouse.settings;

import java.time.Instant;
import java.util.Map;

import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.AuditableEvent;
import dev.gatehouse.shared.Origin;
import dev.gatehouse.shared.Outcome;

/**
 * An administrator saved a section of the runtime settings.
 *
 * @param section the settings page's section, such as {@code mfa}
 * @param before the section's values before, as shown in properties ({@code prompt: always})
 * @param after the values saved
 */
public record RuntimeSettingsChanged(Instant occurredAt, Origin origin, String section, Map<String, String> before,
        Map<String, String> after) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return AuditAction.ADMIN_CHANGE;
    }

    @Override
    public Outcome outcome() {
        return Outcome.SUCCESS;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("what", "settings." + section, "before", before, "after", after);
    }
}
