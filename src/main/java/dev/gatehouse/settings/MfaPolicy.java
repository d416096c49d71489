package dev.gatehouse.settings;

import java.util.EnumSet;
import java.util.Set;

/**
 * The multi-factor authentication policy for directory (password) users. Users from an external identity
 * provider get their second factor there.
 *
 * @param prompt when the second step is asked for
 * @param methods which kinds of device users may register and use; never empty unless {@code prompt} is never
 * @param withoutDevice what happens to a user who has no usable device yet
 */
public record MfaPolicy(MfaPrompt prompt, Set<MfaMethod> methods, MfaWithoutDevice withoutDevice) {

    public MfaPolicy {
        methods = methods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(methods));
        if (methods.isEmpty() && prompt != MfaPrompt.NEVER) {
            throw new IllegalArgumentException("At least one MFA method is needed unless the prompt is never");
        }
    }

    public boolean allows(MfaMethod method) {
        return methods.contains(method);
    }
}
