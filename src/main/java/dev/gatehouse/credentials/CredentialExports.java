package dev.gatehouse.credentials;

import java.util.List;

/**
 * Temporary credentials written for each place a user pastes them, quoted so that each shell reads the values
 * back unchanged. Like the credentials themselves, these texts must never be logged or stored.
 *
 * @param profileName the {@code ~/.aws/credentials} profile, {@code {accountId}_{PermissionSetName}}
 */
public record CredentialExports(String profileName, TemporaryCredentials credentials) {

    static final String ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
    static final String SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
    static final String SESSION_TOKEN = "AWS_SESSION_TOKEN";

    public static CredentialExports of(RoleSession session) {
        return new CredentialExports(session.role().accountId() + "_" + session.role().permissionSetName(),
                session.credentials());
    }

    /** macOS and Linux shells (bash, zsh, sh): {@code export AWS_…="…"}. */
    public String posix() {
        return lines("export %s=%s", CredentialExports::posixQuoted);
    }

    /** fish: {@code set -x AWS_… "…"}. */
    public String fish() {
        return lines("set -x %s %s", CredentialExports::fishQuoted);
    }

    /** Windows Command Prompt: {@code SET AWS_…=…}. */
    public String cmd() {
        return lines("SET %s=%s", CredentialExports::cmdEscaped);
    }

    /** PowerShell: {@code $Env:AWS_…="…"}. */
    public String powerShell() {
        return lines("$Env:%s=%s", CredentialExports::powerShellQuoted);
    }

    /** A profile block for {@code ~/.aws/credentials}. */
    public String credentialsFile() {
        return "[" + profileName + "]\n"
                + "aws_access_key_id=" + credentials.accessKeyId() + "\n"
                + "aws_secret_access_key=" + credentials.secretAccessKey() + "\n"
                + "aws_session_token=" + credentials.sessionToken();
    }

    /** What a {@code credential_process} command prints: AWS's JSON, {@code Version} 1. */
    public String credentialProcess() {
        return "{\n"
                + "  \"Version\": 1,\n"
                + "  \"AccessKeyId\": " + json(credentials.accessKeyId()) + ",\n"
                + "  \"SecretAccessKey\": " + json(credentials.secretAccessKey()) + ",\n"
                + "  \"SessionToken\": " + json(credentials.sessionToken()) + ",\n"
                + "  \"Expiration\": " + json(credentials.expiration().toString()) + "\n"
                + "}";
    }

    @Override
    public String toString() {
        return "CredentialExports[" + profileName + "]";
    }

    private interface Quoting {
        String quote(String value);
    }

    private String lines(String format, Quoting quoting) {
        return String.join("\n", List.of(
                format.formatted(ACCESS_KEY_ID, quoting.quote(credentials.accessKeyId())),
                format.formatted(SECRET_ACCESS_KEY, quoting.quote(credentials.secretAccessKey())),
                format.formatted(SESSION_TOKEN, quoting.quote(credentials.sessionToken()))));
    }

    /** Double quotes, in which only {@code \ " $ `} are special to a POSIX shell. */
    static String posixQuoted(String value) {
        return '"' + escape(value, "\\\"$`", '\\') + '"';
    }

    /** Double quotes, in which only {@code \ " $} are special to fish. */
    static String fishQuoted(String value) {
        return '"' + escape(value, "\\\"$", '\\') + '"';
    }

    /** Unquoted, as {@code SET} takes the rest of the line; cmd's operators escaped with a caret. */
    static String cmdEscaped(String value) {
        return escape(value, "^&|<>", '^');
    }

    /** Double quotes, in which PowerShell expands {@code $} and escapes with a backtick (typographic quotes count as quotes). */
    static String powerShellQuoted(String value) {
        return '"' + escape(value, "`\"$\u201C\u201D\u201E", '`') + '"';
    }

    private static String escape(String value, String special, char escape) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            if (special.indexOf(c) >= 0) {
                out.append(escape);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
