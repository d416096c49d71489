package dev.gatehouse.signin;

import java.net.URI;
import java.util.Set;

import dev.gatehouse.settings.PortalProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * The WebAuthn relying party is Gatehouse at {@code gatehouse.portal.url}: its host is the relying party id and
 * its origin the only one passkeys are accepted from. Browsers only offer WebAuthn over HTTPS or on localhost.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }

    @Bean
    PublicKeyCredentialRpEntity passkeyRelyingPartyEntity(PortalProperties portal) {
        return PublicKeyCredentialRpEntity.builder().id(portal.url().getHost()).name(portal.name()).build();
    }

    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingParty(PasskeyUserEntities userEntities,
            UserCredentialRepository credentials, PublicKeyCredentialRpEntity rp, PortalProperties portal) {
        return new PasskeyRelyingParty(new Webauthn4JRelyingPartyOperations(userEntities, credentials, rp,
                Set.of(origin(portal.url()))));
    }

    static String origin(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
    }
}
