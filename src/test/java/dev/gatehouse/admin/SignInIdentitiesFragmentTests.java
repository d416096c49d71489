package dev.gatehouse.admin;

import java.util.List;
import java.util.UUID;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.ExternalSignIn;
import dev.gatehouse.directory.SignInAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The fragment the admin user page includes to show how someone signs in through identity providers. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SignInIdentitiesFragmentTests.Host.class)
class SignInIdentitiesFragmentTests {

    @TestConfiguration
    @Controller
    static class Host {
        private final DirectoryManagement directory;

        Host(DirectoryManagement directory) {
            this.directory = directory;
        }

        @GetMapping("/admin/identities-host/{userId}")
        String page(@PathVariable UUID userId, Model model) {
            model.addAttribute("identities", directory.signInIdentitiesOf(userId));
            return "identities-host";
        }
    }

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
    void aUserWhoNeverSignedInThroughAProviderHasNone() throws Exception {
        UUID admin = directory.findSignInAccount("admin").orElseThrow().id();

        assertThat(render(admin)).contains("This user has never signed in through an identity provider.")
                .doesNotContain("<table");
    }

    private String render(UUID userId) throws Exception {
        return mvc.perform(get("/admin/identities-host/" + userId).with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
    }
}
