package dev.gatehouse.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The security filter chain for everything a browser reaches: pages, sign-in and the actuator. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class BrowserSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private static final RequestMatcher SIGN_IN_FORMS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/signin"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, OneTimeCodeAuthenticationFilter.PATH));

    @Bean
    @Order(100)
    SecurityFilterChain browserSecurityFilterChain(HttpSecurity http, DirectoryUserDetailsService users,
            PasswordEncoder passwordEncoder, SignInThrottle throttle, AuthenticationEventPublisher events,
            SignInProperties properties, OidcSignIn oidc, SecondStepSecurity secondStep) throws Exception {
        boolean passwords = properties.password().enabled();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
                        .requestMatchers("/signin", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(SecondStepSecurity.SECOND_STEP_PATHS).access(secondStep.secondStepPage())
                        .requestMatchers(SecondStepSecurity.REGISTRATION_PATHS).access(secondStep.registration())
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .authenticationManager(signInManager(users, passwordEncoder, throttle, events, passwords, oidc, secondStep))
                .logout(logout -> logout
                        .logoutUrl("/signout")
                        .logoutSuccessHandler(oidc.signOutSuccessHandler()))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                EndpointRequest.toAnyEndpoint())
                        .defaultAccessDeniedHandlerFor(staleSignInForms(), AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), payment=()")))
                .with(secondStep.configurer(), Customizer.withDefaults());
        if (passwords) {
            http.formLogin(form -> form
                    .loginPage("/signin")
                    .loginProcessingUrl("/signin")
                    .successHandler(LocalSavedRequestCache.toSavedPageOrStart())
                    .authenticationDetailsSource(secondStep.signInDetails())
                    .failureHandler(new SignInFailureHandler()));
        }
        oidc.configure(http);
        return http.build();
    }

    /**
     * Refusals as 403 pages, except a sign-in form that carries a CSRF token the server no longer has (the page was
     * left open until its session ended): the user is asked to sign in again rather than told they lack permission.
     */
    private static AccessDeniedHandler staleSignInForms() {
        var redirects = new DefaultRedirectStrategy();
        var refusals = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (denied instanceof MissingCsrfTokenException && SIGN_IN_FORMS.matches(request)
                    && request.getParameter("_csrf") != null) {
                redirects.sendRedirect(request, response,
                        "/signin?error=" + SignInFailureHandler.SignInError.EXPIRED.code());
            }
            else {
                refusals.handle(request, response, denied);
            }
        };
    }

    /**
     * Spring Security's events for every authentication outcome; a paused sign-in counts as a locked account,
     * and any other refusal still publishes an event, so the audit trail sees every failed attempt.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        var events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(
                Map.of(SignInPausedException.class, AuthenticationFailureLockedEvent.class));
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureServiceExceptionEvent.class);
        return events;
    }

    /**
     * Has no parent manager, so a refused attempt is never retried elsewhere without the throttle. Password and
     * OIDC sign-ins share it, and so its authentication events.
     */
    private static AuthenticationManager signInManager(DirectoryUserDetailsService users,
            PasswordEncoder passwordEncoder, SignInThrottle throttle, AuthenticationEventPublisher events,
            boolean passwordsEnabled, OidcSignIn oidc, SecondStepSecurity secondStep) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        // Disabled is only revealed to someone who knows the password; a wrong one always reads the same.
        passwords.setPreAuthenticationChecks(user -> {
        });
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("User is disabled");
            }
        });
        List<AuthenticationProvider> providers = new ArrayList<>();
        if (passwordsEnabled) {
            providers.add(secondStep.afterPassword(new ThrottledAuthenticationProvider(passwords, throttle)));
        }
        providers.add(oidc.authenticationProvider());
        var manager = new ProviderManager(providers);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
