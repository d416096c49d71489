package dev.gatehouse.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.gatehouse.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin API's searches, lists, deletions and the import on PostgreSQL, whose SQL differs from H2's. */
@SpringBootTest(properties = "gatehouse.directory.bootstrap-admin.api-token=" + AdminPostgresIntegrationTests.TOKEN)
@AutoConfigureMockMvc
class AdminPostgresIntegrationTests extends PostgresIntegrationTest {

    static final String TOKEN = "postgres-api-token-0123456789abcdefghijk";

    @Autowired
    MockMvc mvc;

    @Autowired
    DeclarativeImport declarativeImport;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void replicasStartingTogetherApplyTheSameImportFileOnceAndAllStart(@TempDir Path dir) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Path file = Files.writeString(dir.resolve("together.yaml"), """
                groups: [{name: together-%1$s}]
                users: [{username: together-%1$s, displayName: Together, groups: [together-%1$s]}]
                accounts: [{accountId: "%2$s", name: Together %1$s, email: together@example.com, partition: aws}]
                """.formatted(run, "5" + String.valueOf(System.nanoTime()).substring(0, 11)));
        ImportRunner replica = new ImportRunner(new ImportProperties(file), declarativeImport);
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> started = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            started.add(replicas.submit(() -> {
                start.await();
                replica.run(null);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> each : started) {
            each.get(60, TimeUnit.SECONDS);
        }
        replicas.shutdown();

        assertThat(declarativeImport.apply(ImportFileReader.read(file))).isEqualTo("0 created, 0 updated, 0 deleted");
    }

    @Test
    void theSeedScenarioSearchesAndDeletionsWorkOnPostgres() throws Exception {
        assertThat(declarativeImport.apply(ImportFileReader.read(Path.of("examples", "demo.yaml"))))
                .isEqualTo("4 created, 0 updated, 0 deleted");
        String group = body(api(post("/api/admin/groups").content("{\"name\": \"Under_score 100%\"}")), 201);
        String groupId = json.readTree(group).path("id").stringValue();
        String alice = json.readTree(body(api(get("/api/admin/users?q=ALI")), 200)).at("/items/0/id").stringValue();
        api(post("/api/admin/groups/" + groupId + "/members").content("{\"userId\": \"" + alice + "\"}"))
                .andExpect(status().isNoContent());

        api(get("/api/admin/groups?q=_score 100%")).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].memberCount").value(1));
        api(get("/api/admin/groups?q=e_s")).andExpect(jsonPath("$.totalElements").value(0));
        api(get("/api/admin/accounts?q=sand")).andExpect(jsonPath("$.items[0].accountId").value("111122223333"));
        api(get("/api/admin/permission-sets?q=admin")).andExpect(jsonPath("$.items[0].effectiveRoleName")
                .value("GatehouseReserved_AdministratorAccess"));
        api(get("/api/admin/assignments?accountId=111122223333&principalType=USER&size=1"))
                .andExpect(jsonPath("$.items[0].principalName").value("alice"))
                .andExpect(jsonPath("$.totalElements").value(1));
        api(get("/api/admin/groups/" + groupId + "/members")).andExpect(jsonPath("$.items[0].username").value("alice"));
        api(get("/api/admin/users/" + alice + "/entitlements")).andExpect(jsonPath("$[0].via").value("USER"));

        api(delete("/api/admin/accounts/111122223333")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.assignmentCount").value(1));
        api(delete("/api/admin/accounts/111122223333?force=true")).andExpect(status().isNoContent());
        api(get("/api/admin/users/" + alice + "/entitlements")).andExpect(jsonPath("$.length()").value(0));
        api(delete("/api/admin/groups/" + groupId)).andExpect(status().isNoContent());
        api(delete("/api/admin/users/" + alice)).andExpect(status().isNoContent());
    }

    /** PostgreSQL refuses a NUL in text outright: Gatehouse refuses it first, as a field error, never a 500. */
    @Test
    void controlCharactersAreFieldErrorsNotServerErrors() throws Exception {
        api(post("/api/admin/users").content("""
                {"username": "nul-user", "displayName": "Nul\\u0000Name", "email": "nul@example.com"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("displayName"));
        api(post("/api/admin/groups").content("""
                {"name": "nul-group", "description": "a\\u0000b"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("description"));
        api(post("/api/admin/accounts").content("""
                {"accountId": "100020003000", "name": "Nul\\u0000", "email": "nul@example.com", "partition": "aws"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        api(post("/api/admin/permission-sets").content("""
                {"name": "NulSet", "description": "a\\u0000b"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("description"));
        for (String list : List.of("users", "groups", "accounts", "permission-sets")) {
            api(get("/api/admin/" + list).param("q", "a\u0000")).andExpect(status().isOk());
        }
        api(get("/api/admin/assignments").param("accountId", "1\u0000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("accountId"));
        api(get("/api/admin/accounts/1\u0000")).andExpect(status().is4xxClientError());
        api(get("/api/admin/accounts/1-2")).andExpect(status().isNotFound());
    }

    @Test
    void anImportedAccountIdOrNameWithANulIsAProblemOfTheFileNotADatabaseError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("nul.yaml"), """
                accounts: [{accountId: "10002000300\\0", name: Nul, email: nul@example.com}]
                users: [{username: nul-import, displayName: "Nul\\0"}]
                """);

        assertThatThrownBy(() -> declarativeImport.apply(ImportFileReader.read(file)))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("line 1: account accountId must be 12 digits")
                .hasMessageContaining("line 2: user displayName must not contain control characters");
    }

    private ResultActions api(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON));
    }

    private static String body(ResultActions result, int status) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        assertThat(result.andReturn().getResponse().getStatus()).as(body).isEqualTo(status);
        return body;
    }
}
