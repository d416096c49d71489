package dev.gatehouse.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gatehouse.directory.*}.
 *
 * @param adminGroup members of this group are Gatehouse admins
 * @param bootstrapAdmin the admin created on a first start with an empty directory
 */
@ConfigurationProperties("gatehouse.directory")
public record DirectoryProperties(
        @DefaultValue("GatehouseAdmins") String adminGroup,
        @DefaultValue BootstrapAdmin bootstrapAdmin) {

    /**
     * @param username the admin's username
     * @param password the admin's initial password; a random one is generated and printed once when unset
     * @param apiToken an admin API token for automation, stored only as a hash
     */
    public record BootstrapAdmin(
            @DefaultValue("admin") String username,
            @Nullable String password,
            @Nullable String apiToken) {

        /** An empty setting, such as an empty environment variable, counts as unset. */
        public BootstrapAdmin {
            password = password == null || password.isBlank() ? null : password;
            apiToken = apiToken == null || apiToken.isBlank() ? null : apiToken;
        }

        @Override
        public String toString() {
            return "BootstrapAdmin[username=" + username + "]";
        }
    }
}
