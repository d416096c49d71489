package dev.gatehouse.admin;

import dev.gatehouse.accounts.AccountDetails;
import dev.gatehouse.accounts.AccountView;
import org.jspecify.annotations.Nullable;

/** The AWS account form of the admin pages; {@code version} when editing. */
record AccountForm(@Nullable String accountId, @Nullable String name, @Nullable String email,
        @Nullable String partition, @Nullable String description, @Nullable Long version) {

    static AccountForm empty() {
        return new AccountForm("", "", "", "aws", "", null);
    }

    static AccountForm of(AccountView account) {
        return new AccountForm(account.accountId(), account.name(), account.email(), account.partition(),
                account.description(), account.version());
    }

    AccountDetails details() {
        return new AccountDetails(accountId, name, email, partition, description);
    }
}
