package dev.gatehouse.access;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.gatehouse.shared.AdminChangeEvent;

/** What {@link AssignmentCreated} and {@link AssignmentRemoved} record alike: the assignment's names. */
interface AssignmentChange extends AdminChangeEvent {

    PrincipalType principalType();

    String principalName();

    @Override
    String accountId();

    String permissionSetName();

    @Override
    default String type() {
        return "assignment";
    }

    @Override
    default String target() {
        return principalType() + " " + principalName() + " / " + accountId() + " / " + permissionSetName();
    }

    @Override
    default String permissionSet() {
        return permissionSetName();
    }

    /** The assignment's fields by name, as the audit trail shows them before or after the change. */
    default Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("principalType", principalType().name());
        fields.put("principal", principalName());
        fields.put("accountId", accountId());
        fields.put("permissionSet", permissionSetName());
        return fields;
    }
}
