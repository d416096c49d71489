package dev.gatehouse.admin;

import dev.gatehouse.directory.GroupDetails;
import dev.gatehouse.directory.GroupView;
import org.jspecify.annotations.Nullable;

/** The group form of the admin pages; {@code version} when editing. */
record GroupForm(@Nullable String name, @Nullable String description, @Nullable Long version) {

    static GroupForm empty() {
        return new GroupForm("", "", null);
    }

    static GroupForm of(GroupView group) {
        return new GroupForm(group.name(), group.description(), group.version());
    }

    GroupDetails details() {
        return new GroupDetails(name, description);
    }
}
