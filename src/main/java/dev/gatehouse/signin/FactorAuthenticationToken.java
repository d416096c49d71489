package dev.gatehouse.signin;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A sign-in by one factor besides the password: a code typed at the second step (authenticator app or recovery
 * code), or a passkey. Unauthenticated it carries the code; authenticated, the factor that passed, to which
 * Spring Security adds the password step's authorities when it is the second step.
 */
class FactorAuthenticationToken extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser principal;
    private @Nullable String code;

    private FactorAuthenticationToken(SignedInUser principal, @Nullable String code,
            Collection<? extends GrantedAuthority> authorities, boolean authenticated) {
        super(authorities);
        this.principal = principal;
        this.code = code;
        super.setAuthenticated(authenticated);
    }

    private FactorAuthenticationToken(Builder<?> builder) {
        super(builder);
        this.principal = builder.principal;
        this.code = null;
    }

    static FactorAuthenticationToken unauthenticated(SignedInUser principal, String code) {
        return new FactorAuthenticationToken(principal, code, List.of(), false);
    }

    static FactorAuthenticationToken authenticated(SignedInUser principal,
            Collection<? extends GrantedAuthority> authorities) {
        return new FactorAuthenticationToken(principal, null, authorities, true);
    }

    @Override
    public SignedInUser getPrincipal() {
        return principal;
    }

    @Override
    public @Nullable String getCredentials() {
        return code;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("Use FactorAuthenticationToken.authenticated(...)");
        }
        super.setAuthenticated(false);
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        code = null;
    }

    @Override
    public Builder<?> toBuilder() {
        return new Builder<>(this);
    }

    /** Lets Spring Security merge the password step's authorities into this one. */
    static final class Builder<B extends Builder<B>> extends AbstractAuthenticationBuilder<B> {

        private SignedInUser principal;

        private Builder(FactorAuthenticationToken token) {
            super(token);
            this.principal = token.principal;
        }

        @Override
        @SuppressWarnings("unchecked")
        public B principal(@Nullable Object principal) {
            if (!(principal instanceof SignedInUser user)) {
                throw new IllegalArgumentException("The principal must be a SignedInUser");
            }
            this.principal = user;
            return (B) this;
        }

        @Override
        public FactorAuthenticationToken build() {
            return new FactorAuthenticationToken(this);
        }
    }
}
