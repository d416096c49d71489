package dev.gatehouse.signin;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class MfaSecurityConfiguration {

    /**
     * Spring Security's multi-factor support, decided per sign-in: every {@code authenticated()} and
     * {@code hasRole(...)} rule, in filter chains and method security, also asks
     * {@link SecondStepAuthorizationManager}.
     */
    @Bean
    @SuppressWarnings("rawtypes")
    DefaultAuthorizationManagerFactory authorizationManagerFactory() {
        DefaultAuthorizationManagerFactory<Object> factory = new DefaultAuthorizationManagerFactory<>();
        factory.setAdditionalAuthorization(new SecondStepAuthorizationManager());
        return factory;
    }

    /** Depends on the migrated database: it checks the stored secrets against the key before anything uses it. */
    @Bean
    AtRestEncryption atRestEncryption(SecurityProperties properties, JdbcTemplate jdbc, Environment environment) {
        String url = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL());
        Map<String, Long> sealed = jdbc.query("select key_id, count(*) from mfa_authenticator_apps group by key_id",
                (row, number) -> Map.entry(row.getString(1), row.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Path dataDir = Path.of(environment.getProperty("gatehouse.data-dir", "./data"));
        return EncryptionKeySource.resolve(properties.encryptionKey(), url == null ? "" : url, dataDir, sealed);
    }
}
