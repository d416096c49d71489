package dev.gatehouse.accounts;

import java.time.Instant;
import java.util.Map;

import dev.gatehouse.shared.AdminChangeEvent;
import dev.gatehouse.shared.Origin;

/** An AWS account was registered; {@code target} and {@code accountId} are its 12-digit id. */
public record AccountRegistered(String accountId, String target, Map<String, Object> after, Origin origin, Instant occurredAt)
        implements AdminChangeEvent {

    @Override
    public String type() {
        return "account";
    }

    @Override
    public String operation() {
        return "create";
    }
}
