package dev.gatehouse.admin;

import java.util.List;
import java.util.Map;

import dev.gatehouse.accounts.AccountDetails;
import dev.gatehouse.directory.GroupDetails;
import dev.gatehouse.directory.NewUser;
import dev.gatehouse.permissionsets.PermissionSetDetails;
import org.jspecify.annotations.Nullable;

/**
 * A parsed import file: what it names, each entry with the line it starts on and the lines of its fields, so that
 * every refusal can say where to look; and the problems of its shape found while reading it (the entries they are
 * in are left out), to be reported with the problems applying it finds.
 */
record ImportFile(String name, boolean prune, List<Entry<GroupDetails>> groups, List<Entry<UserEntry>> users,
        List<Entry<AccountDetails>> accounts, List<Entry<PermissionSetDetails>> permissionSets,
        List<Entry<AssignmentEntry>> assignments, List<ImportFileException.Problem> problems) {

    record Entry<T>(T value, int line, Map<String, Integer> fieldLines) {

        int lineOf(@Nullable String field) {
            if (field == null) {
                return line;
            }
            Integer exact = fieldLines.get(field);
            if (exact != null) {
                return exact;
            }
            int cut = field.length();
            while (cut > 0) {
                char c = field.charAt(cut - 1);
                cut--;
                if (c == '.' || c == '[') {
                    Integer parent = fieldLines.get(field.substring(0, cut));
                    if (parent != null) {
                        return parent;
                    }
                }
            }
            return line;
        }
    }

    /** A user and the groups (by name) they belong to; the password is set only when the user is created. */
    record UserEntry(NewUser user, List<String> groups) {
    }

    /** An assignment by names: exactly one of {@code user} and {@code group}. */
    record AssignmentEntry(String accountId, String permissionSet, @Nullable String user, @Nullable String group) {

        String principal() {
            return user != null ? "user " + user : "group " + group;
        }
    }
}
