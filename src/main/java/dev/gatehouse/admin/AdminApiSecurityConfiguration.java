package dev.gatehouse.admin;

import dev.gatehouse.directory.ApiTokenManagement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin REST API's own filter chain, ahead of the browser chain. A call is authenticated either by an admin
 * API token ({@code Authorization: Bearer}: stateless, no CSRF, since a browser never adds that header by itself)
 * or by an admin's browser session (then the CSRF token is required on every change, as on the pages). The
 * OpenAPI document is admin-only too.
 */
@Configuration(proxyBeanMethods = false)
class AdminApiSecurityConfiguration {

    static final String[] PATHS = { "/api/admin/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**" };

    @Bean
    @Order(90)
    SecurityFilterChain adminApiSecurityFilterChain(HttpSecurity http, ApiTokenManagement tokens, JsonMapper json)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems.entryPoint()),
                        AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthenticationFilter::hasBearerToken))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDenied()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
