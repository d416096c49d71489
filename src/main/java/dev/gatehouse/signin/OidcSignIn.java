package dev.gatehouse.signin;

import java.time.Duration;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * The browser chain's OIDC part: {@code oauth2Login} on the sign-in page, the authentication provider that
 * exchanges the code and maps the ID token to a directory user, and RP-initiated sign-out. The provider is
 * meant for the chain's own {@code AuthenticationManager}, so OIDC sign-ins publish the same authentication
 * events as password sign-ins.
 */
@Component
class OidcSignIn {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private final ClientRegistrationRepository registrations;
    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final OidcSignInUsers users;
    private final OidcSignInFailureHandler failures;

    OidcSignIn(ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients,
            OidcSignInUsers users, OidcProviders providers) {
        this.registrations = registrations;
        this.authorizedClients = authorizedClients;
        this.users = users;
        this.failures = new OidcSignInFailureHandler(providers);
    }

    void configure(HttpSecurity http) {
        http.oauth2Login(login -> login
                .loginPage("/signin")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(authorizedClients)
                .authorizationEndpoint(authorization -> authorization
                        .authorizationRequestResolver(new ReachableProviderResolver(registrations)))
                .successHandler(LocalSavedRequestCache.toSavedPageOrStart())
                .failureHandler(failures)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(failures);
                        return filter;
                    }
                }));
    }

    AuthenticationProvider authenticationProvider() {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(READ_TIMEOUT);

        var tokens = new RestClientAuthorizationCodeTokenResponseClient();
        tokens.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .configureMessageConverters(converters -> {
                    converters.addCustomConverter(new FormHttpMessageConverter());
                    converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());

        var userInfo = new DefaultOAuth2UserService();
        RestTemplate userInfoClient = new RestTemplate(requests);
        userInfoClient.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
        userInfo.setRestOperations(userInfoClient);

        var oidcUsers = new OidcUserService();
        oidcUsers.setOauth2UserService(userInfo);
        oidcUsers.setOidcUserConverter(users::principalOf);
        return new OidcAuthorizationCodeAuthenticationProvider(tokens, oidcUsers);
    }

    LogoutSuccessHandler signOutSuccessHandler() {
        return new SignOutSuccessHandler(registrations);
    }
}
