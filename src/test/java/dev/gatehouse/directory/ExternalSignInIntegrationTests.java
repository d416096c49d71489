package dev.gatehouse.directory;

import java.util.List;
import java.util.UUID;

import dev.gatehouse.testsupport.TestAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Linking, provisioning and group replacement of OIDC sign-ins, against the real schema. */
@SpringBootTest
class ExternalSignInIntegrationTests {

    @Autowired
    DirectoryManagement directory;

    @Autowired
    JdbcTemplate jdbc;

    TestAccess data;
    String run;
    String issuer;
    String registration;

    @BeforeEach
    void newProvider() {
        data = new TestAccess(jdbc);
        run = UUID.randomUUID().toString().substring(0, 8);
        issuer = "https://idp-" + run + ".example.com/realms/main";
        registration = "idp" + run;
    }

    @Test
    void theFirstSignInCreatesALinkedUserAndLaterOnesFindItEvenAfterTheUsernameChanged() {
        SignInAccount first = signIn("sub-1", "ada-" + run, List.of(), List.of(), true).orElseThrow();
        assertThat(first.username()).isEqualTo("ada-" + run);
        assertThat(first.displayName()).isEqualTo("Display ada-" + run);
        assertThat(first.passwordHash()).isNull();
        assertThat(first.active()).isTrue();
        assertThat(first.admin()).isFalse();

        SignInAccount later = directory.signInExternal(new ExternalSignIn(registration, issuer, "sub-1",
                "ada.lovelace-" + run, "Ada Lovelace", "ada@example.com", List.of(), List.of(), true)).orElseThrow();

        assertThat(later.id()).isEqualTo(first.id());
        assertThat(later.username()).as("the Gatehouse username stays").isEqualTo("ada-" + run);
        assertThat(later.displayName()).isEqualTo("Ada Lovelace");
        assertThat(jdbc.queryForObject("select email from directory_users where id = ?", String.class, first.id()))
                .isEqualTo("ada@example.com");
        assertThat(jdbc.queryForObject("select source from directory_users where id = ?", String.class, first.id()))
                .isEqualTo("OIDC");
        List<ExternalIdentityView> identities = directory.signInIdentitiesOf(first.id());
        assertThat(identities).singleElement().satisfies(identity -> {
            assertThat(identity.registrationId()).isEqualTo(registration);
            assertThat(identity.issuer()).isEqualTo(issuer);
            assertThat(identity.subject()).isEqualTo("sub-1");
            assertThat(identity.idpUsername()).isEqualTo("ada.lovelace-" + run);
            assertThat(identity.username()).isEqualTo("ada-" + run);
            assertThat(identity.usernameMapped()).isTrue();
            assertThat(identity.lastSignInAt()).isNotNull();
        });
    }

    @Test
    void anotherIdentityWithTheSameUsernameOrEmailGetsItsOwnUserNeverAnExistingOne() {
        UUID local = data.user("carol-" + run, true);
        jdbc.update("update directory_users set email = ? where id = ?", "carol@example.com", local);

        SignInAccount account = directory.signInExternal(new ExternalSignIn(registration, issuer, "sub-carol",
                "carol-" + run, "Carol", "carol@example.com", List.of(), List.of(), true)).orElseThrow();

        assertThat(account.id()).isNotEqualTo(local);
        assertThat(account.username()).matches("carol-" + run + "-[0-9a-f]{8}");
        assertThat(directory.signInIdentitiesOf(account.id())).singleElement()
                .satisfies(identity -> assertThat(identity.idpUsername()).isEqualTo("carol-" + run));
        assertThat(directory.signInIdentitiesOf(local)).isEmpty();
    }

    @Test
    void aUsernameThatIsNoRoleSessionNameIsMapped() {
        SignInAccount account = signIn("sub-2", "Zoë Smith " + run, List.of(), List.of(), true).orElseThrow();

        assertThat(account.username()).isEqualTo("Zoe-Smith-" + run);
    }

    @Test
    void eachSignInReplacesTheProvidersGroupsAndLeavesGroupsManagedHereAlone() {
        UUID localTeam = data.group("local-team-" + run);
        SignInAccount user = signIn("sub-3", "dev-" + run, List.of("/dev-" + run, "/ops-" + run), List.of(), true)
                .orElseThrow();
        data.member(localTeam, user.id());
        assertThat(groupsOf(user.id())).containsExactlyInAnyOrder("dev-" + run + " " + registration,
                "local-team-" + run + " local", "ops-" + run + " " + registration);

        signIn("sub-3", "dev-" + run, List.of("dev-" + run), List.of(), true);

        assertThat(groupsOf(user.id())).containsExactlyInAnyOrder("dev-" + run + " " + registration,
                "local-team-" + run + " local");
        assertThat(jdbc.queryForObject("select count(*) from directory_groups where name_key = ?", Integer.class,
                "ops-" + run)).as("the group stays for its other members and assignments").isEqualTo(1);
    }

    @Test
    void aProviderGroupNamedLikeAGroupManagedHereGetsItsOwnQualifiedGroup() {
        UUID local = data.group("shared-" + run);
        SignInAccount user = signIn("sub-4", "eve-" + run, List.of("shared-" + run), List.of(), true).orElseThrow();

        assertThat(groupsOf(user.id())).containsExactly("shared-" + run + " (" + registration + ") " + registration);
        assertThat(jdbc.queryForObject("select count(*) from group_memberships where group_id = ?", Integer.class,
                local)).isZero();
    }

    @Test
    void aProviderGroupNamedLikeTheAdminGroupMakesNobodyAnAdmin() {
        SignInAccount user = signIn("sub-5", "mallory-" + run, List.of("/GatehouseAdmins"), List.of(), true)
                .orElseThrow();

        assertThat(user.admin()).isFalse();
        assertThat(groupsOf(user.id())).containsExactly("GatehouseAdmins (" + registration + ") " + registration);
        assertThat(directory.findSignInAccount(user.username()).orElseThrow().admin()).isFalse();
    }

    @Test
    void membersOfAnAdminGroupAreAdminsWhetherTheTokenSendsNamesOrPaths() {
        String admins = "platform-" + run + "/admins";
        assertThat(signIn("sub-6", "root-" + run, List.of("/" + admins), List.of(admins), true).orElseThrow().admin())
                .isTrue();
        assertThat(signIn("sub-7", "root2-" + run, List.of(admins), List.of("/" + admins.toUpperCase()), true)
                .orElseThrow().admin()).isTrue();
        assertThat(signIn("sub-6", "root-" + run, List.of("/other-" + run), List.of(admins), true).orElseThrow()
                .admin()).as("left the admin group at the provider").isFalse();
    }

    @Test
    void aMemberOfTheAdminGroupManagedHereStaysAnAdmin() {
        SignInAccount user = signIn("sub-8", "boss-" + run, List.of(), List.of(), true).orElseThrow();
        UUID adminGroup = jdbc.queryForObject("select id from directory_groups where name_key = 'gatehouseadmins'",
                UUID.class);
        data.member(adminGroup, user.id());

        assertThat(signIn("sub-8", "boss-" + run, List.of("/x-" + run), List.of(), true).orElseThrow().admin()).isTrue();
    }

    @Test
    void withoutAutoCreateOnlyAnUnclaimedUserOfTheSameUsernameMaySignIn() {
        assertThat(signIn("sub-9", "nobody-" + run, List.of(), List.of(), false)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from directory_users where username_key = ?", Integer.class,
                "nobody-" + run)).isZero();

        UUID precreated = data.user("frank-" + run, true);
        SignInAccount frank = signIn("sub-10", "Frank-" + run, List.of(), List.of(), false).orElseThrow();
        assertThat(frank.id()).isEqualTo(precreated);

        assertThat(signIn("sub-11", "frank-" + run, List.of(), List.of(), false))
                .as("a second identity of the same issuer cannot claim the user").isEmpty();
        assertThat(signIn("sub-10", "frank-" + run, List.of(), List.of(), false)).isPresent();
    }

    @Test
    void withoutAutoCreateAFoldedOrLookAlikeNameClaimsNobody() {
        UUID precreated = data.user("kim-" + run, true);

        List<String> lookAlikes = List.of("ｋｉｍ-" + run, "kím-" + run, "\u212Aim-" + run, " kim-" + run,
                "kim-" + run + " ");
        for (String lookAlike : lookAlikes) {
            assertThat(signIn("sub-13", lookAlike, List.of(), List.of(), false)).as(lookAlike).isEmpty();
        }

        assertThat(directory.signInIdentitiesOf(precreated)).isEmpty();
        assertThat(signIn("sub-13", "KIM-" + run, List.of(), List.of(), false)).get()
                .satisfies(kim -> assertThat(kim.id()).isEqualTo(precreated));
    }

    @Test
    void withoutAutoCreateAUserWhoSignsInWithAPasswordIsNeverClaimed() {
        UUID withPassword = data.user("pat-" + run, true);
        jdbc.update("update directory_users set password_hash = '{noop}not-a-real-hash' where id = ?", withPassword);

        assertThat(signIn("sub-14", "pat-" + run, List.of(), List.of(), false)).isEmpty();
        assertThat(signIn("sub-15", "admin", List.of(), List.of(), false)).as("the bootstrap admin").isEmpty();
        assertThat(signIn("sub-16", "ａｄｍｉｎ", List.of(), List.of(), false)).isEmpty();

        assertThat(directory.signInIdentitiesOf(withPassword)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from external_identities where issuer = ?", Integer.class,
                issuer)).isZero();
    }

    @Test
    void aDisabledUserIsReturnedInactiveAndNothingAboutItChanges() {
        SignInAccount user = signIn("sub-12", "gone-" + run, List.of("/team-" + run), List.of(), true).orElseThrow();
        jdbc.update("update directory_users set active = false where id = ?", user.id());

        SignInAccount again = directory.signInExternal(new ExternalSignIn(registration, issuer, "sub-12",
                "gone-" + run, "New Name", null, List.of(), List.of("team-" + run), true)).orElseThrow();

        assertThat(again.active()).isFalse();
        assertThat(again.admin()).isFalse();
        assertThat(again.displayName()).isEqualTo("Display gone-" + run);
        assertThat(groupsOf(user.id())).containsExactly("team-" + run + " " + registration);
    }

    private java.util.Optional<SignInAccount> signIn(String subject, String idpUsername, List<String> groups,
            List<String> adminGroups, boolean autoCreate) {
        return directory.signInExternal(new ExternalSignIn(registration, issuer, subject, idpUsername,
                "Display " + idpUsername, null, groups, adminGroups, autoCreate));
    }

    private List<String> groupsOf(UUID user) {
        return jdbc.queryForList("""
                select g.name || ' ' || coalesce(g.source, 'local') from directory_groups g
                join group_memberships m on m.group_id = g.id where m.user_id = ?""", String.class, user);
    }
}
