package dev.gatehouse.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.gatehouse.access.Entitlement;
import org.jspecify.annotations.Nullable;

/** One AWS account on the start page with the permission sets the user may use in it. */
record AccountAccess(String accountId, String accountName, @Nullable String accountEmail,
        List<String> permissionSets) {

    /** Groups entitlements (sorted by account, then permission set) into accounts, each permission set once. */
    static List<AccountAccess> of(List<Entitlement> entitlements) {
        Map<String, AccountAccess> accounts = new LinkedHashMap<>();
        for (Entitlement entitlement : entitlements) {
            AccountAccess account = accounts.computeIfAbsent(entitlement.accountId(), id -> new AccountAccess(id,
                    entitlement.accountName(), entitlement.accountEmail(), new ArrayList<>()));
            if (!account.permissionSets().contains(entitlement.permissionSetName())) {
                account.permissionSets().add(entitlement.permissionSetName());
            }
        }
        return List.copyOf(accounts.values());
    }

    /**
     * Whether the account's name or id contains the search text, ignoring case; in an id, dashes and spaces are
     * ignored, since the AWS console shows ids as {@code 1111-2222-3333}.
     */
    boolean matches(String search) {
        String needle = search.strip().toLowerCase(Locale.ROOT);
        String digits = needle.replaceAll("[\\s-]", "");
        return accountName.toLowerCase(Locale.ROOT).contains(needle)
                || (!digits.isEmpty() && accountId.contains(digits));
    }
}
