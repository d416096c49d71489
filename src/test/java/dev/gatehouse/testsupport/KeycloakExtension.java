package dev.gatehouse.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts {@link KeycloakServer} before the first test class that needs it and stops it when the whole test
 * run ends (the root store closes it), so every class shares one Keycloak. Read it in
 * {@code @DynamicPropertySource} through {@link #server()}.
 */
public final class KeycloakExtension implements BeforeAllCallback {

    private static volatile KeycloakServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(KeycloakServer.class, type -> KeycloakServer.start(), KeycloakServer.class);
    }

    /** The running server; only valid in a class extended with this extension. */
    public static KeycloakServer server() {
        if (server == null) {
            throw new IllegalStateException("Keycloak is not running: extend the test class with KeycloakExtension");
        }
        return server;
    }
}
