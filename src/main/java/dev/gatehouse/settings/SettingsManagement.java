package dev.gatehouse.settings;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.gatehouse.shared.Origin;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runtime settings: values administrators change while Gatehouse runs. Each starts from its configuration
 * property and is stored in the database from the first save on, so every node sees the same value at once.
 */
@Service
@Transactional(readOnly = true)
public class SettingsManagement {

    static final String MFA_PROMPT = "mfa.prompt";
    static final String MFA_METHODS = "mfa.methods";
    static final String MFA_WITHOUT_DEVICE = "mfa.without-device";
    private static final List<String> MFA_KEYS = List.of(MFA_PROMPT, MFA_METHODS, MFA_WITHOUT_DEVICE);

    private static final Logger log = LoggerFactory.getLogger(SettingsManagement.class);

    private final RuntimeSettingRepository settings;
    private final MfaProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SettingsManagement(RuntimeSettingRepository settings, MfaProperties properties, ApplicationEventPublisher events,
            Clock clock) {
        this.settings = settings;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The MFA policy in force now: the stored one, else the one from {@code gatehouse.mfa.*}. */
    public MfaPolicy mfaPolicy() {
        return mfaPolicySettings().policy();
    }

    public MfaPolicySettings mfaPolicySettings() {
        return policySettingsFrom(storedMfaSettings());
    }

    private Map<String, RuntimeSetting> storedMfaSettings() {
        return settings.findByKeyIn(MFA_KEYS).stream()
                .collect(Collectors.toMap(RuntimeSetting::key, Function.identity()));
    }

    private MfaPolicySettings policySettingsFrom(Map<String, RuntimeSetting> stored) {
        MfaPolicy configured = properties.toPolicy();
        MfaPrompt prompt = parse(stored.get(MFA_PROMPT), MfaPrompt.class, configured.prompt());
        MfaWithoutDevice withoutDevice = parse(stored.get(MFA_WITHOUT_DEVICE), MfaWithoutDevice.class,
                configured.withoutDevice());
        Set<MfaMethod> methods = stored.containsKey(MFA_METHODS)
                ? parseMethods(stored.get(MFA_METHODS).value()).orElse(configured.methods())
                : configured.methods();
        MfaPolicy policy = methods.isEmpty() && prompt != MfaPrompt.NEVER
                ? configured
                : new MfaPolicy(prompt, methods, withoutDevice);
        Optional<RuntimeSetting> latest = stored.values().stream()
                .max(Comparator.comparing(RuntimeSetting::updatedAt));
        return new MfaPolicySettings(policy, !stored.isEmpty(), latest.map(RuntimeSetting::updatedAt).orElse(null),
                latest.map(RuntimeSetting::updatedBy).orElse(null));
    }

    /** Stores the whole MFA policy; from now on it wins over the properties. Admins only. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MfaPolicy updateMfaPolicy(MfaPolicy policy) {
        Map<String, RuntimeSetting> stored = storedMfaSettings();
        MfaPolicy before = policySettingsFrom(stored).policy();
        Origin origin = Origin.current();
        Instant now = clock.instant();
        Map<String, String> after = values(policy);
        after.forEach((key, value) -> {
            RuntimeSetting setting = stored.get(key);
            if (setting == null) {
                settings.save(new RuntimeSetting(key, value, now, origin.username()));
            }
            else {
                setting.change(value, now, origin.username());
            }
        });
        events.publishEvent(new RuntimeSettingsChanged(now, origin, "mfa", values(before), after));
        return policy;
    }

    private static Map<String, String> values(MfaPolicy policy) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MFA_PROMPT, policy.prompt().value());
        values.put(MFA_METHODS, policy.methods().stream().sorted().map(MfaMethod::value)
                .collect(Collectors.joining(",")));
        values.put(MFA_WITHOUT_DEVICE, policy.withoutDevice().value());
        return values;
    }

    private static <E extends Enum<E>> E parse(@Nullable RuntimeSetting setting, Class<E> type, E fallback) {
        if (setting == null) {
            return fallback;
        }
        String name = setting.value().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, name);
        }
        catch (IllegalArgumentException unknown) {
            log.warn("Ignoring the stored setting {}={}: not a known value; using {}", setting.key(), setting.value(),
                    fallback);
            return fallback;
        }
    }

    private static Optional<Set<MfaMethod>> parseMethods(String value) {
        Set<MfaMethod> methods = EnumSet.noneOf(MfaMethod.class);
        for (String name : value.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                methods.add(MfaMethod.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT)));
            }
            catch (IllegalArgumentException unknown) {
                log.warn("Ignoring the stored setting {}={}: not a known method", MFA_METHODS, value);
                return Optional.empty();
            }
        }
        return Optional.of(methods);
    }
}
