package dev.gatehouse.admin;

/** An account or permission set still has assignments and the caller did not confirm they go with it. */
class HasAssignmentsException extends RuntimeException {

    private final long count;

    HasAssignmentsException(String what, long count) {
        super(what + " has " + count + " assignment" + (count == 1 ? "" : "s")
                + ", which would be deleted with it. Repeat the request with ?force=true to delete them too.");
        this.count = count;
    }

    long count() {
        return count;
    }
}
