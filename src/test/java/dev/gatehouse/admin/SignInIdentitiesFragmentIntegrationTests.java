package dev.gatehouse.admin;

import java.util.List;
import java.util.UUID;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.ExternalSignIn;
import dev.gatehouse.directory.SignInAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The admin user page shows how someone signs in through identity providers, and the mapping of their name. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInIdentitiesFragmentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DirectoryManagement directory;

    @Test
    void showsTheProviderTheOriginalUsernameItsMappingAndTheLastSignIn() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        SignInAccount account = directory.signInExternal(new ExternalSignIn("keycloak",
                "https://sso.example.com/realms/main", "subject-" + run, "Zoë Smith " + run, "Zoë Smith", null,
                List.of(), List.of(), true)).orElseThrow();

        String page = render(account.id());

        assertThat(page).contains("Sign-in through identity providers", "<td>keycloak</td>",
                "Zoë Smith " + run, "signs in as Zoe-Smith-" + run, "https://sso.example.com/realms/main",
                "subject-" + run, " UTC</td>");
        assertThat(page).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
    }

    @Test
    void aUserWhoNeverSignedInThroughAProviderHasNoSuchSection() throws Exception {
        UUID admin = directory.findSignInAccount("admin").orElseThrow().id();

        assertThat(render(admin)).contains("admin").doesNotContain("Sign-in through identity providers");
    }

    private String render(UUID userId) throws Exception {
        var response = mvc.perform(get("/admin/users/" + userId).with(user("admin").roles("ADMIN")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
