package dev.gatehouse.settings;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gatehouse.mfa.*}: the MFA policy until an administrator first saves it on the settings page; from then
 * on the stored settings win.
 *
 * @param prompt {@code always}, {@code context-change} or {@code never}
 * @param methods any of {@code totp} and {@code webauthn}
 * @param withoutDevice {@code require-registration}, {@code block} or {@code allow}
 */
@ConfigurationProperties("gatehouse.mfa")
record MfaProperties(
        @DefaultValue("always") MfaPrompt prompt,
        @DefaultValue({ "totp", "webauthn" }) Set<MfaMethod> methods,
        @DefaultValue("require-registration") MfaWithoutDevice withoutDevice) {

    MfaProperties {
        // Fails start-up with the record's own message when the combination is not a policy.
        new MfaPolicy(prompt, methods, withoutDevice);
    }

    MfaPolicy toPolicy() {
        return new MfaPolicy(prompt, methods, withoutDevice);
    }
}
