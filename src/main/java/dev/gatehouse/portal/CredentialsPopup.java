package dev.gatehouse.portal;

import java.util.List;

import dev.gatehouse.credentials.CredentialExports;
import dev.gatehouse.credentials.CredentialsManagement;
import dev.gatehouse.credentials.RoleSession;

/**
 * What the access keys popup shows. The secrets are only inside {@code session} and {@code exports}, whose
 * {@code toString()} hides them, so this record is safe in a debug log of the model.
 */
record CredentialsPopup(RoleSession session, CredentialExports exports, String startUrl, String region) {

    /** One shell's tab: {@code id} names its label ({@code credentials.tab.{id}}) and element ids. */
    record Shell(String id, String exports) {

        @Override
        public String toString() {
            return "Shell[" + id + "]";
        }
    }

    /** The environment variable exports for each shell, in the order of the tabs. */
    public List<Shell> shells() {
        return List.of(new Shell("posix", exports.posix()), new Shell("cmd", exports.cmd()),
                new Shell("powershell", exports.powerShell()), new Shell("fish", exports.fish()));
    }

    public long configuredHours() {
        return session.role().sessionDuration().toHours();
    }

    public long roleChainingLimitHours() {
        return CredentialsManagement.ROLE_CHAINING_LIMIT.toHours();
    }
}
