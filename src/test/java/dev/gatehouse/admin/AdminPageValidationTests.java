package dev.gatehouse.admin;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import dev.gatehouse.access.AssignmentManagement;
import dev.gatehouse.access.EntitlementQuery;
import dev.gatehouse.accounts.AccountDetails;
import dev.gatehouse.accounts.AccountManagement;
import dev.gatehouse.accounts.AccountView;
import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.GroupDetails;
import dev.gatehouse.directory.GroupManagement;
import dev.gatehouse.directory.GroupView;
import dev.gatehouse.directory.NewUser;
import dev.gatehouse.directory.UserView;
import dev.gatehouse.permissionsets.PermissionSetDetails;
import dev.gatehouse.permissionsets.PermissionSetManagement;
import dev.gatehouse.permissionsets.PermissionSetView;
import dev.gatehouse.settings.PortalProperties;
import dev.gatehouse.signin.MfaManagement;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.expression.AbstractSecurityExpressionHandler;
import org.springframework.security.access.expression.SecurityExpressionOperations;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.FilterInvocation;
import org.springframework.security.web.access.expression.WebSecurityExpressionRoot;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every validation rule of the admin forms, through the pages: the module APIs are stood in for by stubs that
 * apply the modules' own constraint set (the same records the modules validate), so that these tests check that
 * each rule's message appears next to its field, the input is kept, and nothing is saved.
 */
@WebMvcTest(controllers = { UserController.class, GroupController.class, AccountController.class,
        PermissionSetController.class })
@Import({ Flash.class, AssigneePicker.class, AdminPageValidationTests.Portal.class })
@WithMockUser(roles = "ADMIN")
class AdminPageValidationTests {

    /** What the layout needs: the portal name, and an expression handler for its sec:authorize. */
    @TestConfiguration
    @EnableConfigurationProperties(PortalProperties.class)
    static class Portal {
        @Bean
        LayoutExpressions layoutExpressions() {
            return new LayoutExpressions();
        }
    }

    /** The layout's {@code sec:authorize} evaluates web security expressions; the slice has no handler of its own. */
    static class LayoutExpressions extends AbstractSecurityExpressionHandler<FilterInvocation> {
        @Override
        protected SecurityExpressionOperations createSecurityExpressionRoot(Authentication authentication,
                FilterInvocation invocation) {
            WebSecurityExpressionRoot root = new WebSecurityExpressionRoot(authentication, invocation);
            root.setTrustResolver(new AuthenticationTrustResolverImpl());
            return root;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Validator validator;

    @MockitoBean
    DirectoryManagement directory;

    @MockitoBean
    GroupManagement groups;

    @MockitoBean
    AccountManagement accounts;

    @MockitoBean
    PermissionSetManagement permissionSets;

    @MockitoBean
    AssignmentManagement assignments;

    @MockitoBean
    MfaManagement mfa;

    @MockitoBean
    EntitlementQuery entitlements;

    @BeforeEach
    void modulesValidateLikeTheRealOnes() {
        given(directory.createUser(any())).willAnswer(call -> {
            NewUser user = validated(call.getArgument(0));
            return new UserView(UUID.randomUUID(), user.username(), user.displayName(), user.email(), true,
                    "DIRECTORY", false, 0);
        });
        given(groups.createGroup(any())).willAnswer(call -> {
            GroupDetails group = validated(call.getArgument(0));
            return new GroupView(UUID.randomUUID(), group.name(), group.description(), null, 0, 0);
        });
        given(accounts.register(any())).willAnswer(call -> {
            AccountDetails account = validated(call.getArgument(0));
            return new AccountView(account.accountId(), account.name(), account.email(), account.partition(), null, 0);
        });
        given(permissionSets.create(any())).willAnswer(call -> {
            PermissionSetDetails details = validated(call.getArgument(0));
            return new PermissionSetView(UUID.randomUUID(), details, 0);
        });
    }

    static Stream<Arguments> userRules() {
        return Stream.of(
                Arguments.of("username", "two words", "must be 2 to 64 letters, digits or + = , . @ _ -"),
                Arguments.of("username", "a", "must be 2 to 64 letters"),
                Arguments.of("username", "x".repeat(65), "must be 2 to 64 letters"),
                Arguments.of("username", "名前", "must be 2 to 64 letters"),
                Arguments.of("displayName", "", "must be 1 to 256 characters"),
                Arguments.of("displayName", "d".repeat(257), "must be 1 to 256 characters"),
                Arguments.of("displayName", "\u202Eevil", "must not contain control characters"),
                Arguments.of("email", "not-an-email", "must be an email address"),
                Arguments.of("password", "too-short", "must be at least 12 characters"),
                Arguments.of("password", "ø".repeat(37), "at most 72 bytes in UTF-8"),
                Arguments.of("password", "", "is required"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("userRules")
    void userRulesAreShownNextToTheirField(String field, String value, String message) throws Exception {
        MockHttpServletRequestBuilder form = form("/admin/users/new", field, value, "username", "valid.user",
                "displayName", "Valid User", "email", "valid@example.com", "active", "true", "passwordMode", "type",
                "password", "a-valid-password-1");

        assertRejected(form, field, message, "admin/users/new");
    }

    /** A browser always sends the checkbox's marker; a post without it, or with a value no checkbox sends, is refused plainly. */
    @ParameterizedTest(name = "active = {0}")
    @NullSource
    @ValueSource(strings = "maybe")
    void aSwitchPostedWithoutItsValueOrWithAnOddOneGetsAPlainMessage(String active) throws Exception {
        MockHttpServletRequestBuilder form = post("/admin/users/new").param("username", "valid.user")
                .param("displayName", "Valid User").param("passwordMode", "none");
        if (active != null) {
            form.param("active", active);
        }
        String page = mvc.perform(form.with(csrf())).andReturn().getResponse().getContentAsString();

        assertThat(HtmlUtils.htmlUnescape(page)).contains("is not a value this field takes").doesNotContain("convert");
        verify(directory, never()).createUser(any());
    }

    static Stream<Arguments> groupRules() {
        return Stream.of(
                Arguments.of("name", "", "must be 1 to 128 characters without control characters"),
                Arguments.of("name", " Leading space", "must be 1 to 128 characters"),
                Arguments.of("name", "g".repeat(129), "must be 1 to 128 characters"),
                Arguments.of("description", "d".repeat(1025), "must be at most 1,024 characters"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("groupRules")
    void groupRulesAreShownNextToTheirField(String field, String value, String message) throws Exception {
        assertRejected(form("/admin/groups/new", field, value, "name", "Valid group"), field, message,
                "admin/groups/new");
    }

    static Stream<Arguments> accountRules() {
        return Stream.of(
                Arguments.of("accountId", "12345678901", "must be 12 digits"),
                Arguments.of("accountId", "1234567890123", "must be 12 digits"),
                Arguments.of("accountId", "12345678901a", "must be 12 digits"),
                Arguments.of("name", "", "must be 1 to 50 characters"),
                Arguments.of("name", "n".repeat(51), "must be 1 to 50 characters"),
                Arguments.of("name", "Sand\u0000box", "must not contain control characters"),
                Arguments.of("email", "nobody", "must be an email address of 6 to 64 characters"),
                Arguments.of("partition", "aws-mars", "must be aws, aws-cn or aws-us-gov"),
                Arguments.of("description", "d".repeat(1025), "must be at most 1,024 characters"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("accountRules")
    void accountRulesAreShownNextToTheirField(String field, String value, String message) throws Exception {
        MockHttpServletRequestBuilder form = form("/admin/accounts/new", field, value, "accountId", "111122223333",
                "name", "Sandbox", "email", "aws@example.com", "partition", "aws");

        assertRejected(form, field, message, "admin/accounts/new");
    }

    static Stream<Arguments> permissionSetRules() {
        return Stream.of(
                Arguments.of("name", "Read Only", "must be 1 to 32 letters, digits or + = , . @ _ - (no spaces)"),
                Arguments.of("name", "p".repeat(33), "must be 1 to 32 letters"),
                Arguments.of("description", "d".repeat(701), "must be at most 700 characters"),
                Arguments.of("sessionDuration", "PT13H", "must be an ISO-8601 duration from PT1H to PT12H"),
                Arguments.of("sessionDuration", "PT30M", "must be an ISO-8601 duration from PT1H to PT12H"),
                Arguments.of("sessionDuration", "8 hours", "must be an ISO-8601 duration from PT1H to PT12H"),
                Arguments.of("relayState", "https://evil.example.com/console", "must be an https URL on an AWS console host"),
                Arguments.of("relayState", "http://console.aws.amazon.com/s3/", "must be an https URL on an AWS console host"),
                Arguments.of("relayState", "https://console.aws.amazon.com.evil.example/", "must be an https URL on an AWS console host"),
                Arguments.of("relayState", "https://console.aws.amazon.com/" + "s".repeat(220), "must be at most 240 characters"),
                Arguments.of("managedPolicyArns", "arn:aws:iam::aws:policy/ReadOnlyAccess\narn:aws:iam::123456789012:policy/Mine",
                        "line 2: must be an AWS managed policy ARN"),
                Arguments.of("customerManagedPolicies", "/no-trailing-slash/../bad name", "must be a policy name of 1 to 128"),
                Arguments.of("inlinePolicy", "{\"Version\": \"2012-10-17\", \"Statement\": [", "is not valid JSON (line 1, column"),
                Arguments.of("inlinePolicy", "[]", "must be a JSON object with a Statement"),
                Arguments.of("inlinePolicy", "{\"Statement\": [], \"Pad\": \"" + "x".repeat(32_800) + "\"}", "must be at most 32,768 bytes"),
                Arguments.of("boundaryCustomerPolicy", "/boundaries/Team", "must be either a managed policy or a customer managed policy, not both"),
                Arguments.of("tags", "aws:reserved=yes", "has an invalid tag aws:reserved"),
                Arguments.of("tags", "team=a;b", "has an invalid tag team"),
                Arguments.of("roleName", "has space", "must be an IAM role name of 1 to 64"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("permissionSetRules")
    void permissionSetRulesAreShownNextToTheirField(String field, String value, String message) throws Exception {
        MockHttpServletRequestBuilder form = form("/admin/permission-sets/new", field, value, "name", "ReadOnly",
                "sessionDuration", "PT1H", "managedPolicyArns", "arn:aws:iam::aws:policy/ReadOnlyAccess",
                "boundaryManagedArn", field.equals("boundaryCustomerPolicy") ? "arn:aws:iam::aws:policy/PowerUserAccess" : "");

        assertRejected(form, field.equals("boundaryCustomerPolicy") ? "boundaryManagedArn" : field, message,
                "admin/permission-sets/form");
    }

    /** A valid form (name, value pairs) with one field set to the value under test. */
    private static MockHttpServletRequestBuilder form(String path, String field, String value, String... valid) {
        MockHttpServletRequestBuilder form = post(path).param(field, value);
        for (int i = 0; i + 1 < valid.length; i += 2) {
            if (!valid[i].equals(field)) {
                form.param(valid[i], valid[i + 1]);
            }
        }
        return form;
    }

    private void assertRejected(MockHttpServletRequestBuilder form, String field, String message, String view)
            throws Exception {
        var result = mvc.perform(form.with(csrf())).andReturn();
        String page = result.getResponse().getContentAsString();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getModelAndView().getViewName()).as("re-rendered, not redirected").isEqualTo(view);
        assertThat(result.getModelAndView().getModel().get("org.springframework.validation.BindingResult."
                + result.getModelAndView().getModel().keySet().stream().filter(key -> key.endsWith("Form")).findFirst()
                        .orElseThrow()))
                .extracting(errors -> ((org.springframework.validation.BindingResult) errors).getFieldError(field))
                .as("an error on " + field).isNotNull();
        assertThat(HtmlUtils.htmlUnescape(page)).contains(message);
        assertThat(page).contains("id=\"" + field + "-error\"");
    }

    private <T> T validated(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return command;
    }
}
