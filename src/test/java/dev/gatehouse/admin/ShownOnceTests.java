package dev.gatehouse.admin;

import java.util.UUID;

import dev.gatehouse.directory.NewApiToken;
import dev.gatehouse.directory.UserView;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A page that shows a secret once tells every cache not to keep it, without relying on the security headers. */
class ShownOnceTests {

    final MockHttpServletResponse response = new MockHttpServletResponse();
    final ExtendedModelMap model = new ExtendedModelMap();

    @Test
    void aGeneratedPasswordIsNeverStored() {
        UserView user = new UserView(UUID.randomUUID(), "carla", "Carla", null, true, "DIRECTORY", true, 1);

        String view = ShownOnce.password(model, response, user, "generated-password-1");

        assertThat(view).isEqualTo("admin/users/password");
        assertThat(model).containsEntry("password", "generated-password-1");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aNewApiTokenIsNeverStored() {
        NewApiToken token = new NewApiToken(UUID.randomUUID(), "ci", "gh_secret", null);

        String view = ShownOnce.token(model, response, token);

        assertThat(view).isEqualTo("admin/token-created");
        assertThat(model).containsEntry("token", token);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }
}
