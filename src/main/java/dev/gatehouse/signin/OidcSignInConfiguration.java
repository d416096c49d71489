package dev.gatehouse.signin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Sign-in through the OIDC providers of {@code spring.security.oauth2.client.*}. Replaces Spring Boot's
 * repository of client registrations, which would fetch every provider's discovery document at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class OidcSignInConfiguration {

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties) {
        return new LazyClientRegistrationRepository(properties);
    }

    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new DiscardingAuthorizedClientRepository();
    }
}
