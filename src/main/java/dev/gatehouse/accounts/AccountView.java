package dev.gatehouse.accounts;

import org.jspecify.annotations.Nullable;

/**
 * A registered AWS account.
 *
 * @param partition {@code aws}, {@code aws-cn} or {@code aws-us-gov}
 * @param version the optimistic-locking version an update must quote
 */
public record AccountView(String accountId, String name, @Nullable String email, String partition,
        @Nullable String description, long version) {
}
