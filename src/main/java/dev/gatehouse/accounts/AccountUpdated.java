package dev.gatehouse.accounts;

import java.time.Instant;
import java.util.Map;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** An AWS account's name, email, partition or description changed. */
public record AccountUpdated(String accountId, String target, Map<String, Object> before, Map<String, Object> after, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "account";
    }

    @Override
    public String operation() {
        return "update";
    }
}
