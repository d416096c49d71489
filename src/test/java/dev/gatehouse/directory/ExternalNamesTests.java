package dev.gatehouse.directory;

import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalNamesTests {

    private static final Pattern ROLE_SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ada                      | ada
            ada.lovelace@example.com | ada.lovelace@example.com
            Grace_Hopper+ops=1,2     | Grace_Hopper+ops=1,2
            José Müller              | Jose-Muller
            'ops team/lead #2'       | ops-team-lead--2
            """)
    void validNamesStayAndOthersHaveEachInvalidCharacterReplaced(String idpUsername, String expected) {
        assertThat(ExternalNames.username(idpUsername)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ada                      | true
            Ada.Lovelace@example.com | true
            ａｄｍｉｎ                   | false
            ádmin                    | false
            \u212Aevin               | false
            'admin '                 | false
            a                        | false
            """)
    void onlyANameThatIsAValidUsernameAsSentMayClaimAUser(String idpUsername, boolean claimable) {
        assertThat(ExternalNames.claimableUsername(idpUsername)).isEqualTo(
                claimable ? Optional.of(idpUsername) : Optional.empty());
    }

    @Test
    void aOneCharacterNameIsLengthenedWithAHashOfIt() {
        String mapped = ExternalNames.username("x");

        assertThat(mapped).matches("x-[0-9a-f]{8}").matches(ROLE_SESSION_NAME);
        assertThat(ExternalNames.username("y")).isNotEqualTo(mapped);
    }

    @Test
    void aLongNameIsCutTo64CharactersEndingInAHashSoTwoLongNamesStayApart() {
        String common = "a".repeat(60);
        String first = ExternalNames.username(common + "-first@example.com");
        String second = ExternalNames.username(common + "-second@example.com");

        assertThat(first).hasSize(64).matches(ROLE_SESSION_NAME).startsWith("a".repeat(55) + "-");
        assertThat(second).hasSize(64).isNotEqualTo(first);
        assertThat(ExternalNames.username(common + "-first@example.com")).isEqualTo(first);
    }

    @Test
    void aTakenNameGetsASuffixThatDependsOnTheIdentityOnly() {
        String one = ExternalNames.distinctUsername("ada", "https://idp.example.com", "subject-1");

        assertThat(one).matches("ada-[0-9a-f]{8}");
        assertThat(ExternalNames.distinctUsername("ada", "https://idp.example.com", "subject-1")).isEqualTo(one);
        assertThat(ExternalNames.distinctUsername("ada", "https://idp.example.com", "subject-2")).isNotEqualTo(one);
        assertThat(ExternalNames.distinctUsername("b".repeat(64), "https://idp.example.com", "subject-1"))
                .hasSize(64).matches(ROLE_SESSION_NAME);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            developers        | developers
            /developers       | developers
            /platform/admins  | platform/admins
            ' /ops '          | ops
            """)
    void groupPathsLoseTheirLeadingSlashSoTopLevelGroupsReadTheSameEitherWay(String idpGroup, String expected) {
        assertThat(ExternalNames.groupName(idpGroup)).isEqualTo(expected);
    }

    @Test
    void blankGroupsAreNoGroupsAndLongOnesAreCutWithAHash() {
        assertThat(ExternalNames.groupName("/")).isNull();
        assertThat(ExternalNames.groupName("   ")).isNull();
        assertThat(ExternalNames.groupName("/" + "g".repeat(300))).hasSize(128).matches("g{119}-[0-9a-f]{8}");
        assertThat(ExternalNames.qualifiedGroupName("developers", "keycloak")).isEqualTo("developers (keycloak)");
    }
}
