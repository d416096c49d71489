package dev.gatehouse.signin;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Runs after a right password and marks the authentication with what the MFA policy leaves to do (see
 * {@link MfaAuthorities}), or refuses the sign-in when the policy blocks users without a device.
 */
class SecondStepDecidingProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SecondStepPolicy policy;

    SecondStepDecidingProvider(AuthenticationProvider passwords, SecondStepPolicy policy) {
        this.passwords = passwords;
        this.policy = policy;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        Authentication result = passwords.authenticate(authentication);
        if (result == null || !(result.getPrincipal() instanceof SignedInUser user) || !user.isEnabled()) {
            return result;
        }
        String token = authentication.getDetails() instanceof SignInDetails details
                ? details.trustedDeviceToken() : null;
        String mark = policy.afterPassword(user, token);
        return result.toBuilder().authorities(authorities -> authorities.add(new SimpleGrantedAuthority(mark))).build();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
