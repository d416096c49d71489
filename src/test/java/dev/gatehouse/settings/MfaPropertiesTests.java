package dev.gatehouse.settings;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code gatehouse.mfa.*} as an operator writes it, and Identity Center's secure defaults when it is unset. */
class MfaPropertiesTests {

    @Test
    void defaultsAskEveryTimeWithBothMethodsAndRequireRegistration() {
        MfaPolicy policy = bind(Map.of()).toPolicy();

        assertThat(policy).isEqualTo(new MfaPolicy(MfaPrompt.ALWAYS, Set.of(MfaMethod.TOTP, MfaMethod.WEBAUTHN),
                MfaWithoutDevice.REQUIRE_REGISTRATION));
    }

    @Test
    void bindsTheDocumentedValues() {
        MfaPolicy policy = bind(Map.of("gatehouse.mfa.prompt", "context-change", "gatehouse.mfa.methods", "webauthn",
                "gatehouse.mfa.without-device", "block")).toPolicy();

        assertThat(policy.prompt()).isEqualTo(MfaPrompt.CONTEXT_CHANGE);
        assertThat(policy.methods()).containsExactly(MfaMethod.WEBAUTHN);
        assertThat(policy.withoutDevice()).isEqualTo(MfaWithoutDevice.BLOCK);
        assertThat(policy.prompt().value()).isEqualTo("context-change");
    }

    @Test
    void refusesAPolicyThatAsksForMfaButAllowsNoMethod() {
        assertThatThrownBy(() -> bind(Map.of("gatehouse.mfa.methods", "")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("At least one MFA method is needed unless the prompt is never");
        assertThat(bind(Map.of("gatehouse.mfa.prompt", "never", "gatehouse.mfa.methods", "")).toPolicy().methods())
                .isEmpty();
    }

    private static MfaProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("gatehouse.mfa",
                MfaProperties.class);
    }
}
