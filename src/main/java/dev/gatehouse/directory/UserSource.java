package dev.gatehouse.directory;

/** Where a directory user came from. */
enum UserSource {
    DIRECTORY, OIDC, SCIM
}
