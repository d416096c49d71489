package dev.gatehouse.shared;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Optimistic locking for changes made from a form or request that was based on an earlier read: the version the
 * caller saw must still be the stored one, or someone else changed the record in between.
 */
public final class Versions {

    private Versions() {
    }

    /**
     * @throws ObjectOptimisticLockingFailureException when {@code expected} is not {@code actual} (a 409 in the
     *         APIs, "reload and apply your change again" on pages)
     */
    public static void requireCurrent(Class<?> type, Object id, long actual, long expected) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
