package dev.gatehouse.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit trail's hash chain from the oldest row kept to the newest.
 *
 * @param checked how many rows were checked
 * @param headId the newest row's id, null when the trail is empty
 * @param headHash the newest row's hash: note it somewhere else to detect a rewrite of the whole chain later
 * @param brokenAt the id of the first row whose link is broken, null when the chain is intact
 * @param problem what is wrong at {@code brokenAt}, null when the chain is intact
 */
public record ChainVerification(long checked, @Nullable Long headId, @Nullable String headHash,
        @Nullable Long brokenAt, @Nullable Problem problem) {

    public enum Problem {
        /** The row's content no longer matches its hash: it was changed after it was written. */
        ALTERED,
        /** The row does not follow the row before it: rows were removed, inserted or reordered before it. */
        UNLINKED,
        /** The newest rows the chain knows of are missing. */
        TRUNCATED
    }

    public boolean intact() {
        return problem == null;
    }
}
