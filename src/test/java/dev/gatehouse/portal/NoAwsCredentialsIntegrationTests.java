package dev.gatehouse.portal;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import dev.gatehouse.testsupport.PortalFixture;
import dev.gatehouse.testsupport.PortalFixture.EntitledUser;
import dev.gatehouse.testsupport.PortalFixture.PermissionSet;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A Gatehouse started without any AWS credentials: it starts, says so once, and its pages point to the fix. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(NoAwsCredentialsIntegrationTests.NoCredentials.class)
@ExtendWith(OutputCaptureExtension.class)
class NoAwsCredentialsIntegrationTests {

    /** A credential chain that finds nothing, like the SDK's default chain on a machine without AWS set up. */
    @TestConfiguration
    static class NoCredentials {
        @Bean
        @Primary
        AwsCredentialsProvider noAwsCredentials() {
            return AwsCredentialsProviderChain.of(ProfileCredentialsProvider.builder()
                    .profileFile(ProfileFile.builder().content(new ByteArrayInputStream(new byte[0]))
                            .type(ProfileFile.Type.CREDENTIALS).build())
                    .build());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    String accountId;
    PermissionSet admin;
    Cookie session;

    @BeforeEach
    void entitledUser() throws Exception {
        EntitledUser nora = new PortalFixture(jdbc, passwordEncoder).entitledUser("nora", "Unconnected", "Admin",
                "PT1H");
        accountId = nora.accountId();
        admin = nora.permissionSet();
        session = PortalFixture.signIn(mvc, nora.username());
    }

    @Test
    void startUpLogsOneClearLineAndTheStartPageSaysSo(CapturedOutput output) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains("Gatehouse has no AWS credentials"));
        // Output written during a test is held by the class's capture and by the test's: the same line twice.
        assertThat(output.getOut().lines().filter(line -> line.contains("CallerIdentityCheck")).distinct())
                .singleElement().asString().contains("WARN", "see \"Connect Gatehouse to AWS\" in the README")
                .doesNotContain("Exception");

        String page = mvc.perform(get("/start").cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Gatehouse has no AWS credentials yet", "Connect Gatehouse to AWS");
    }

    @Test
    void accessKeysGetAPagePointingToTheReadmeInsteadOfAnError() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/start/credentials").param("account_id", accountId)
                .param("role_name", admin.name()).cookie(session).with(csrf()).accept("text/html"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("Gatehouse has no AWS credentials",
                "Connect Gatehouse to AWS", "README");
    }

    @Test
    void theConsoleLinkGetsTheSamePageAndJsonGetsAProblem() throws Exception {
        MockHttpServletResponse console = mvc.perform(get("/start/console").param("account_id", accountId)
                .param("role_name", admin.name()).cookie(session).accept("text/html")).andReturn().getResponse();
        MockHttpServletResponse json = mvc.perform(post("/start/credentials").param("account_id", accountId)
                .param("role_name", admin.name()).cookie(session).with(csrf()).accept("application/json"))
                .andReturn().getResponse();

        assertThat(console.getStatus()).isEqualTo(503);
        assertThat(console.getHeader("Location")).isNull();
        assertThat(console.getContentAsString()).contains("Connect Gatehouse to AWS");
        assertThat(json.getStatus()).isEqualTo(503);
        assertThat(json.getContentAsString()).contains("\"reason\":\"NO_AWS_CREDENTIALS\"",
                "\"title\":\"Gatehouse has no AWS credentials\"");
    }
}
