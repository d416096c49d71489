package dev.gatehouse.portal;

import dev.gatehouse.credentials.CredentialExports;
import dev.gatehouse.credentials.CredentialsManagement;
import dev.gatehouse.credentials.RoleSession;

/**
 * What the access keys popup shows. The secrets are only inside {@code session} and {@code exports}, whose
 * {@code toString()} hides them, so this record is safe in a debug log of the model.
 */
record CredentialsPopup(RoleSession session, CredentialExports exports, String startUrl, String region) {

    public long configuredHours() {
        return session.role().sessionDuration().toHours();
    }

    public long roleChainingLimitHours() {
        return CredentialsManagement.ROLE_CHAINING_LIMIT.toHours();
    }
}
