package dev.gatehouse.accounts;

import java.time.Instant;
import java.util.Map;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** An AWS account was removed from the registry, with every assignment to it (published before the removal). */
public record AccountRemoved(String accountId, String target, Map<String, Object> before, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "account";
    }

    @Override
    public String operation() {
        return "delete";
    }
}
