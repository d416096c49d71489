package dev.gatehouse.admin;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin API's rules over the real application: the same rules as the pages, as ProblemDetail errors. */
@SpringBootTest(properties = "gatehouse.directory.bootstrap-admin.api-token=" + AdminApiRulesIntegrationTests.TOKEN)
@AutoConfigureMockMvc
class AdminApiRulesIntegrationTests {

    static final String TOKEN = "rules-api-token-0123456789abcdefghijklmn";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    String suffix;

    @BeforeEach
    void freshNames() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    static Stream<Arguments> rules() {
        String user = "{\"username\": \"valid.user\", \"displayName\": \"Valid\", \"email\": \"v@example.com\"}";
        String account = "{\"accountId\": \"111122223333\", \"name\": \"Sandbox\", \"email\": \"aws@example.com\", \"partition\": \"aws\"}";
        String set = "{\"name\": \"Valid\", \"sessionDuration\": \"PT1H\"}";
        return Stream.of(
                Arguments.of("users", user, "username", "\"two words\"", "username", "must be 2 to 64 letters"),
                Arguments.of("users", user, "username", null, "username", "is required"),
                Arguments.of("users", user, "email", "\"nope\"", "email", "must be an email address"),
                Arguments.of("users", user, "password", "\"short\"", "password", "must be at least 12 characters"),
                Arguments.of("users", user, "password", "\"" + "é".repeat(37) + "\"", "password",
                        "at most 72 bytes in UTF-8"),
                Arguments.of("groups", "{\"name\": \"Valid\"}", "name", "\"\"", "name", "must be 1 to 128 characters"),
                Arguments.of("accounts", account, "accountId", "\"12345678901\"", "accountId", "must be 12 digits"),
                Arguments.of("accounts", account, "partition", "\"aws-mars\"", "partition", "must be aws, aws-cn or aws-us-gov"),
                Arguments.of("accounts", account, "email", "\"x\"", "email", "must be an email address"),
                Arguments.of("permission-sets", set, "name", "\"Read Only\"", "name", "(no spaces)"),
                Arguments.of("permission-sets", set, "sessionDuration", "\"PT13H\"", "sessionDuration", "from PT1H to PT12H"),
                Arguments.of("permission-sets", set, "relayState", "\"https://evil.example.com/\"", "relayState", "AWS console host"),
                Arguments.of("permission-sets", set, "inlinePolicy", "\"{not json\"", "inlinePolicy", "is not valid JSON"),
                Arguments.of("permission-sets", set, "description", "\"" + "d".repeat(701) + "\"", "description", "at most 700"),
                Arguments.of("permission-sets", set, "managedPolicyArns", "[\"arn:aws:iam::aws:policy/ReadOnlyAccess\", \"nope\"]",
                        "managedPolicyArns[1]", "AWS managed policy ARN"),
                Arguments.of("permission-sets", set, "customerManagedPolicies", "[{\"name\": \"Mine\", \"path\": \"no-slashes\"}]",
                        "customerManagedPolicies[0].path", "starts and ends with /"),
                Arguments.of("permission-sets", set, "permissionsBoundary",
                        "{\"managedPolicyArn\": \"arn:aws:iam::aws:policy/PowerUserAccess\", \"customerManagedPolicy\": {\"name\": \"B\", \"path\": \"/\"}}",
                        "permissionsBoundary", "not both"),
                Arguments.of("permission-sets", set, "tags", "{\"aws:owner\": \"me\"}", "tags", "invalid tag aws:owner"),
                Arguments.of("permission-sets", set, "roleName", "\"bad role\"", "roleName", "IAM role name"),
                Arguments.of("permission-sets", set, "tags", "{\"team\": null}", "tags", "invalid tag team"),
                Arguments.of("users", user, "displayName", "\"\\u202Eevil\"", "displayName", "text-direction overrides"),
                Arguments.of("groups", "{\"name\": \"Valid\"}", "description", "\"two\\nlines\"", "description",
                        "control characters"),
                Arguments.of("accounts", account, "name", "\"Sand\\tbox\"", "name", "control characters"));
    }

    @ParameterizedTest(name = "{0} {2} = {3}")
    @MethodSource("rules")
    void everyRuleIsAFieldErrorAndNothingIsSaved(String resource, String valid, String field, String value,
            String errorField, String message) throws Exception {
        ObjectNode body = (ObjectNode) json.readTree(valid);
        body.set(field, value == null ? null : json.readTree(value));
        if (value == null) {
            body.remove(field);
        }
        int before = rows(resource);

        api(post("/api/admin/" + resource).content(body.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[?(@.field == '" + errorField + "')].message", hasItem(containsString(message))));
        assertThat(rows(resource)).isEqualTo(before);
    }

    @Test
    void duplicatesAreConflictsNamingTheField() throws Exception {
        api(post("/api/admin/users").content("{\"username\": \"Dup-" + suffix + "\", \"displayName\": \"D\"}"))
                .andExpect(status().isCreated());
        api(post("/api/admin/users").content("{\"username\": \"dup-" + suffix + "\", \"displayName\": \"D\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.detail").value(containsString("is taken")));

        String group = "{\"name\": \"Dup " + suffix + "\"}";
        api(post("/api/admin/groups").content(group)).andExpect(status().isCreated());
        api(post("/api/admin/groups").content(group.replace("Dup", "DUP"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("name"));

        String account = "{\"accountId\": \"" + accountId() + "\", \"name\": \"A\", \"email\": \"aws@example.com\"}";
        api(post("/api/admin/accounts").content(account)).andExpect(status().isCreated());
        api(post("/api/admin/accounts").content(account)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("accountId"));

        String set = "{\"name\": \"Dup" + suffix + "\"}";
        api(post("/api/admin/permission-sets").content(set)).andExpect(status().isCreated());
        api(post("/api/admin/permission-sets").content(set.toLowerCase())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void aPasswordOverBcryptsLimitOfSeventyTwoBytesIsABadRequestNotAServerError() throws Exception {
        String userId = created(api(post("/api/admin/users").content(
                "{\"username\": \"pw-" + suffix + "\", \"displayName\": \"P\"}"))).path("id").stringValue();
        String path = "/api/admin/users/" + userId + "/password";

        api(post(path).content("{\"password\": \"" + "ü".repeat(37) + "\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("at most 72 bytes in UTF-8")));
        assertThat(jdbc.queryForObject("select password_hash from directory_users where id = ?", String.class,
                UUID.fromString(userId))).isNull();

        api(post(path).content("{\"password\": \"" + "a".repeat(72) + "\"}")).andExpect(status().isNoContent());
    }

    @Test
    void anUpdateNeedsTheVersionItWasBasedOnAndAStaleOneIsAConflict() throws Exception {
        JsonNode account = created(api(post("/api/admin/accounts").content(
                "{\"accountId\": \"" + accountId() + "\", \"name\": \"Before\", \"email\": \"aws@example.com\"}")));
        String path = "/api/admin/accounts/" + account.path("accountId").stringValue();
        String change = "{\"name\": \"%s\", \"email\": \"aws@example.com\", \"partition\": \"aws\"}";

        api(get(path)).andExpect(header().string("ETag", "\"0\""));
        api(put(path).content(change.formatted("No version"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        api(put(path).header("If-Match", "\"0\"").content(change.formatted("First"))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        api(put(path).header("If-Match", "\"0\"").content(change.formatted("Second"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Concurrent change"));
        api(put(path).content(change.formatted("With body version").replace("}", ", \"version\": 1}")))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select name from aws_accounts where account_id = ?", String.class,
                account.path("accountId").stringValue())).isEqualTo("With body version");
    }

    @Test
    void deletingAUserTakesTheirMembershipsAndAssignmentsAlong() throws Exception {
        String userId = created(api(post("/api/admin/users").content(
                "{\"username\": \"gone-" + suffix + "\", \"displayName\": \"Gone\"}"))).path("id").stringValue();
        String groupId = created(api(post("/api/admin/groups").content("{\"name\": \"G " + suffix + "\"}")))
                .path("id").stringValue();
        api(post("/api/admin/groups/" + groupId + "/members").content("{\"userId\": \"" + userId + "\"}"))
                .andExpect(status().isNoContent());
        String accountId = accountId();
        api(post("/api/admin/accounts").content("{\"accountId\": \"" + accountId + "\", \"name\": \"A\", \"email\": \"aws@example.com\"}"));
        String setId = created(api(post("/api/admin/permission-sets").content("{\"name\": \"G" + suffix + "\"}")))
                .path("id").stringValue();
        api(post("/api/admin/assignments").content(assignment(accountId, setId, "USER", userId))).andExpect(status().isCreated());
        api(post("/api/admin/assignments").content(assignment(accountId, setId, "USER", userId)))
                .andExpect(status().isConflict());
        api(post("/api/admin/assignments").content(assignment(accountId, setId, "GROUP", groupId))).andExpect(status().isCreated());

        api(get("/api/admin/users/" + userId + "/entitlements"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.via == 'GROUP')].groupName", hasItem("G " + suffix)));

        api(delete("/api/admin/users/" + userId)).andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select count(*) from group_memberships where user_id = ?",
                Integer.class, UUID.fromString(userId))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from assignments where principal_id = ?", Integer.class,
                UUID.fromString(userId))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from assignments where principal_id = ?", Integer.class,
                UUID.fromString(groupId))).as("the group's own assignment stays").isEqualTo(1);
        api(get("/api/admin/users/" + userId)).andExpect(status().isNotFound());
    }

    @Test
    void deletingAPermissionSetWithAssignmentsNeedsForceAndSaysHowMany() throws Exception {
        String userId = created(api(post("/api/admin/users").content(
                "{\"username\": \"ps-" + suffix + "\", \"displayName\": \"P\"}"))).path("id").stringValue();
        String accountId = accountId();
        api(post("/api/admin/accounts").content("{\"accountId\": \"" + accountId + "\", \"name\": \"A\", \"email\": \"aws@example.com\"}"));
        String setId = created(api(post("/api/admin/permission-sets").content("{\"name\": \"F" + suffix + "\"}")))
                .path("id").stringValue();
        api(post("/api/admin/assignments").content(assignment(accountId, setId, "USER", userId)));

        api(delete("/api/admin/permission-sets/" + setId)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.assignmentCount").value(1))
                .andExpect(jsonPath("$.detail").value(containsString("?force=true")));
        api(delete("/api/admin/permission-sets/" + setId + "?force=true")).andExpect(status().isNoContent());
        api(get("/api/admin/users/" + userId + "/entitlements")).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void unknownReferencesAndMissingRecordsAreClientErrors() throws Exception {
        api(post("/api/admin/assignments").content(assignment("999999999999", UUID.randomUUID().toString(), "USER",
                UUID.randomUUID().toString()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("accountId"));
        api(get("/api/admin/users/" + UUID.randomUUID())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        api(post("/api/admin/users").content("{not json")).andExpect(status().isBadRequest());
    }

    static Stream<Arguments> unreadable() {
        String user = "{\"username\": \"typed\", \"displayName\": \"T\", ";
        return Stream.of(
                Arguments.of("users", user + "\"active\": \"yes\"}", "active", "must be true or false"),
                Arguments.of("users", user + "\"active\": {}}", "active", "must be true or false"),
                Arguments.of("permission-sets", "{\"name\": \"P\", \"managedPolicyArns\": \"arn\"}", "managedPolicyArns",
                        "must be a list"),
                Arguments.of("permission-sets", "{\"name\": \"P\", \"permissionsBoundary\": \"arn\"}",
                        "permissionsBoundary", "must be an object"),
                Arguments.of("permission-sets", "{\"name\": \"P\", \"customerManagedPolicies\": [{\"name\": []}]}",
                        "customerManagedPolicies[0].name", "must be a text value"),
                Arguments.of("assignments", assignment("111122223333", "not-an-id", "USER", UUID.randomUUID().toString()),
                        "permissionSetId", "must be an id"),
                Arguments.of("assignments", assignment("111122223333", UUID.randomUUID().toString(), "user",
                        UUID.randomUUID().toString()), "principalType", "must be one of USER, GROUP"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("unreadable")
    void aFieldOfTheWrongJsonTypeIsNamedWithWhatItTakes(String resource, String body, String field, String message)
            throws Exception {
        api(post("/api/admin/" + resource).content(body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(message)));
    }

    @Test
    void aMissingOrBrokenBodyAndParametersOfTheWrongTypeSayWhatIsWrong() throws Exception {
        api(post("/api/admin/users")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request needs a JSON object as its body."));
        api(post("/api/admin/users").content("{\"username\": \n")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON (line 2")));
        api(get("/api/admin/users/not-an-id")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("must be an id")));
        api(get("/api/admin/users").param("page", "first")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
        api(get("/api/admin/assignments").param("principalType", "ROBOT")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("must be one of USER, GROUP"));
    }

    @Test
    void aValueBreakingTwoRulesOfOneFieldIsReportedOnce() throws Exception {
        api(post("/api/admin/users").content("{\"username\": \"twice\", \"displayName\": \"T\", \"email\": \""
                + "x".repeat(400) + "\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("email"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "users", "groups", "accounts", "permission-sets", "assignments", "groups/{admins}/members" })
    void aPageFarBeyondTheLastIsEmptyRatherThanAServerError(String list) throws Exception {
        UUID admins = jdbc.queryForObject("select id from directory_groups where name_key = 'gatehouseadmins'", UUID.class);
        String path = "/api/admin/" + list.replace("{admins}", admins.toString());

        for (String page : new String[] { "20000000", String.valueOf(Integer.MAX_VALUE) }) {
            api(get(path).param("page", page).param("size", "200")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items").isEmpty()).andExpect(jsonPath("$.size").value(200));
        }
    }

    @Test
    void anAdminCannotDeleteThemselvesNorLeaveTheAdminGroup() throws Exception {
        UUID admin = jdbc.queryForObject("select id from directory_users where username_key = 'admin'", UUID.class);
        UUID admins = jdbc.queryForObject("select id from directory_groups where name_key = 'gatehouseadmins'", UUID.class);

        api(delete("/api/admin/users/" + admin)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("You cannot delete your own user."));
        api(delete("/api/admin/groups/" + admins + "/members/" + admin)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("remove yourself from the admin group")));
        api(put("/api/admin/users/" + admin).content("{\"username\": \"admin\", \"displayName\": \"admin\", \"active\": false, \"version\": 0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("active"));
        api(delete("/api/admin/groups/" + admins)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("The admin group cannot be deleted")));
        long version = jdbc.queryForObject("select version from directory_groups where id = ?", Long.class, admins);
        api(put("/api/admin/groups/" + admins).content("{\"name\": \"Renamed\", \"version\": " + version + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        api(get("/api/admin/users")).andExpect(status().isOk());
    }

    private int rows(String resource) {
        String table = switch (resource) {
            case "users" -> "directory_users";
            case "groups" -> "directory_groups";
            case "accounts" -> "aws_accounts";
            default -> "permission_sets";
        };
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static String assignment(String accountId, String permissionSetId, String type, String principalId) {
        return "{\"accountId\": \"%s\", \"permissionSetId\": \"%s\", \"principalType\": \"%s\", \"principalId\": \"%s\"}"
                .formatted(accountId, permissionSetId, type, principalId);
    }

    private String accountId() {
        return String.format("%012d", Math.floorMod(suffix.hashCode() * 31L, 1_000_000_000_000L));
    }

    private ResultActions api(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON));
    }

    private JsonNode created(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        assertThat(result.andReturn().getResponse().getStatus()).as(body).isEqualTo(201);
        return json.readTree(body);
    }
}
