package dev.gatehouse.shared;

/** Implemented by every authenticated principal (browser session, API token, CLI token), so events can name the actor. */
public interface UserPrincipal {

    java.util.UUID userId();

    String username();

    /** The name to greet the user with; the username when there is no other. */
    String displayName();
}
