package dev.gatehouse.signin;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * The second step of the browser sign-in, on Spring Security's multi-factor building blocks: a browser that owes
 * a factor is sent to {@code /signin/mfa}; {@code POST /signin/mfa} takes a code; Spring Security's WebAuthn
 * filters take a passkey ({@code POST /webauthn/authenticate/options}, then {@code POST /login/webauthn}), as the
 * second step or as the whole sign-in. Both authentication filters add their factor to the password step's.
 */
class SecondStepConfigurer extends AbstractHttpConfigurer<SecondStepConfigurer, HttpSecurity> {

    private final OneTimeCodeAuthenticationProvider codes;
    private final PasskeyAuthenticationProvider passkeys;
    private final WebAuthnRelyingPartyOperations relyingParty;
    private final SecondStepPolicy policy;
    private final TrustedDevices trustedDevices;
    private final AuthenticationEventPublisher events;

    SecondStepConfigurer(OneTimeCodeAuthenticationProvider codes, PasskeyAuthenticationProvider passkeys,
            WebAuthnRelyingPartyOperations relyingParty, SecondStepPolicy policy, TrustedDevices trustedDevices,
            AuthenticationEventPublisher events) {
        this.codes = codes;
        this.passkeys = passkeys;
        this.relyingParty = relyingParty;
        this.policy = policy;
        this.trustedDevices = trustedDevices;
        this.events = events;
    }

    @Override
    public void init(HttpSecurity http) {
        @SuppressWarnings("unchecked")
        ExceptionHandlingConfigurer<HttpSecurity> exceptions = http.getConfigurer(ExceptionHandlingConfigurer.class);
        if (exceptions != null) {
            var redirects = new DefaultRedirectStrategy();
            AuthenticationEntryPoint secondStepPage = (request, response, missingFactor) -> redirects
                    .sendRedirect(request, response, OneTimeCodeAuthenticationFilter.PATH);
            exceptions.defaultDeniedHandlerForMissingAuthority(secondStepPage, MfaAuthorities.TOTP);
            exceptions.defaultDeniedHandlerForMissingAuthority(secondStepPage, MfaAuthorities.WEBAUTHN);
        }
    }

    @Override
    public void configure(HttpSecurity http) {
        var codeFilter = new OneTimeCodeAuthenticationFilter(manager(codes), policy);
        codeFilter.setAuthenticationSuccessHandler(
                new SecondStepSuccessHandler(policy, trustedDevices, LocalSavedRequestCache.toSavedPageOrStart()));
        codeFilter.setAuthenticationFailureHandler(new SecondStepFailureHandler());
        http.addFilterAfter(sessionAware(http, postProcess(codeFilter)), UsernamePasswordAuthenticationFilter.class);

        var passkeyFilter = new WebAuthnAuthenticationFilter();
        passkeyFilter.setAuthenticationManager(manager(passkeys));
        passkeyFilter.setMfaEnabled(true);
        var json = new HttpMessageConverterAuthenticationSuccessHandler();
        json.setRequestCache(new LocalSavedRequestCache());
        passkeyFilter.setAuthenticationSuccessHandler(new SecondStepSuccessHandler(policy, trustedDevices, json));
        http.addFilterBefore(sessionAware(http, postProcess(passkeyFilter)), BasicAuthenticationFilter.class);
        http.addFilterBefore(new PublicKeyCredentialRequestOptionsFilter(relyingParty), AuthorizationFilter.class);
    }

    private ProviderManager manager(AuthenticationProvider provider) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    private static <F extends AbstractAuthenticationProcessingFilter> F sessionAware(HttpSecurity http, F filter) {
        SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
        if (sessions != null) {
            filter.setSessionAuthenticationStrategy(sessions);
        }
        SecurityContextRepository contexts = http.getSharedObject(SecurityContextRepository.class);
        filter.setSecurityContextRepository(contexts != null ? contexts : new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
        return filter;
    }
}
