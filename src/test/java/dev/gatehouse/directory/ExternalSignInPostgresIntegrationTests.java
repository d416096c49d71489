package dev.gatehouse.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.gatehouse.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** An OIDC sign-in's linking and group replacement (native membership statements) against a real PostgreSQL. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ ExternalSignIns.class, ProviderGroups.class, ExternalSignInPostgresIntegrationTests.Settings.class })
class ExternalSignInPostgresIntegrationTests extends PostgresIntegrationTest {

    @TestConfiguration
    @EnableConfigurationProperties(DirectoryProperties.class)
    static class Settings {
    }

    @Autowired
    ExternalSignIns signIns;

    @Autowired
    ExternalIdentityRepository identities;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void linksTheIdentityAndReplacesTheProvidersGroupsAtTheNextSignIn() {
        SignInAccount first = signIn("Ada Lovelace", List.of("/developers", "/platform-admins")).orElseThrow();
        assertThat(first.username()).isEqualTo("Ada-Lovelace");
        assertThat(first.admin()).isTrue();

        SignInAccount again = signIn("ada", List.of("developers")).orElseThrow();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.admin()).isFalse();
        assertThat(jdbc.queryForList("""
                select g.name from directory_groups g join group_memberships m on m.group_id = g.id
                where m.user_id = ? and g.source = 'keycloak'""", String.class, first.id()))
                .containsExactly("developers");
        assertThat(identities.findByUserIdOrderByCreatedAt(first.id())).singleElement()
                .extracting(identity -> identity.toView("Ada-Lovelace").idpUsername()).isEqualTo("ada");
    }

    private Optional<SignInAccount> signIn(String idpUsername, List<String> groups) {
        return signIns.signIn(new ExternalSignIn("keycloak", "https://sso.example.com/realms/main",
                "subject-" + UUID.nameUUIDFromBytes("ada".getBytes()), idpUsername, "Ada", null, groups,
                List.of("platform-admins"), true));
    }
}
