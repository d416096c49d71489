package dev.gatehouse.signin;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The security filter chain for everything a browser reaches: pages, sign-in and the actuator. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class BrowserSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Bean
    @Order(100)
    SecurityFilterChain browserSecurityFilterChain(HttpSecurity http, DirectoryUserDetailsService users,
            PasswordEncoder passwordEncoder, SignInThrottle throttle, AuthenticationEventPublisher events,
            SecondStepSecurity secondStep) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
                        .requestMatchers("/signin", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(SecondStepSecurity.SECOND_STEP_PATHS).access(secondStep.secondStepPage())
                        .requestMatchers(SecondStepSecurity.REGISTRATION_PATHS).access(secondStep.registration())
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .authenticationManager(signInManager(users, passwordEncoder, throttle, events, secondStep))
                .formLogin(form -> form
                        .loginPage("/signin")
                        .loginProcessingUrl("/signin")
                        .defaultSuccessUrl("/start")
                        .authenticationDetailsSource(secondStep.signInDetails())
                        .failureHandler(new SignInFailureHandler()))
                .logout(logout -> logout
                        .logoutUrl("/signout")
                        .logoutSuccessUrl("/signin?signedout"))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), EndpointRequest.toAnyEndpoint()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), payment=()")))
                .with(secondStep.configurer(), Customizer.withDefaults());
        return http.build();
    }

    /** Has no parent manager, so a refused attempt is never retried elsewhere without the throttle. */
    private static AuthenticationManager signInManager(DirectoryUserDetailsService users,
            PasswordEncoder passwordEncoder, SignInThrottle throttle, AuthenticationEventPublisher events,
            SecondStepSecurity secondStep) {
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
        var manager = new ProviderManager(
                secondStep.afterPassword(new ThrottledAuthenticationProvider(passwords, throttle)));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
