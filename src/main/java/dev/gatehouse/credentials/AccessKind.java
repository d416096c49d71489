package dev.gatehouse.credentials;

/** What a user asked for with an account and permission set. */
public enum AccessKind {
    /** Temporary credentials (the access keys popup, the CLI). */
    CREDENTIALS,
    /** A console sign-in. */
    CONSOLE
}
