package dev.gatehouse.portal;

import dev.gatehouse.testsupport.PortalFixture;
import dev.gatehouse.testsupport.PortalFixture.EntitledUser;
import dev.gatehouse.testsupport.PostgresIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The portal's requests on PostgreSQL, which refuses a NUL in text, also as a query's parameter. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalPostgresIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void idsWithANulCharacterGetTheSame403AsAnyUnassignedPairNotA500() throws Exception {
        EntitledUser user = new PortalFixture(jdbc, passwordEncoder).entitledUser("pg-user", "Ledger", "Reader", "PT1H");
        Cookie session = PortalFixture.signIn(mvc, user.username());
        String name = user.permissionSet().name();

        mvc.perform(get("/start/console").param("account_id", user.accountId() + "\u0000").param("role_name", name)
                .cookie(session).accept("text/html")).andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Access denied")));
        mvc.perform(post("/start/credentials").param("account_id", user.accountId()).param("role_name", name + "\u0000")
                .cookie(session).with(csrf()).accept("application/json")).andExpect(status().isForbidden());
        mvc.perform(get("/start").param("q", "a\u0000b").cookie(session)).andExpect(status().isOk());
    }
}
