package dev.gatehouse.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * {@code POST /signin/mfa} with {@code code}: the second step of a password sign-in. With MFA enabled on the
 * filter, Spring Security keeps the password step's authorities and adds the passed factor.
 */
class OneTimeCodeAuthenticationFilter extends AbstractAuthenticationProcessingFilter {

    static final String PATH = "/signin/mfa";
    private static final int MAX_CODE_LENGTH = 64;

    private final SecondStepPolicy policy;
    private SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    OneTimeCodeAuthenticationFilter(AuthenticationManager authenticationManager, SecondStepPolicy policy) {
        super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH), authenticationManager);
        this.policy = policy;
        setMfaEnabled(true);
    }

    @Override
    public void setSecurityContextHolderStrategy(SecurityContextHolderStrategy strategy) {
        super.setSecurityContextHolderStrategy(strategy);
        this.contexts = strategy;
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = contexts.getContext().getAuthentication();
        if (!MfaAuthorities.secondStepPending(current) || policy.registrationOwed(current)) {
            throw new SecondFactorRejectedException(SecondFactorRejectedException.Reason.NOT_PENDING);
        }
        String code = request.getParameter("code");
        code = code == null ? "" : code.strip();
        if (code.length() > MAX_CODE_LENGTH) {
            code = code.substring(0, MAX_CODE_LENGTH);
        }
        FactorAuthenticationToken token = FactorAuthenticationToken
                .unauthenticated((SignedInUser) current.getPrincipal(), code);
        token.setDetails(authenticationDetailsSource.buildDetails(request));
        return getAuthenticationManager().authenticate(token);
    }
}
