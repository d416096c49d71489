package dev.gatehouse.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.gatehouse.audit.AuditEventView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of the user's recent activity: the event, the account's name where the user still has access to it, and
 * how it happened in words ("Password and authenticator app", "Wrong password", the console page, the access key id).
 */
record ActivityRow(AuditEventView event, @Nullable String accountName, String how) {

    /** Turns stored details into words; one instance per request, for the request's locale. */
    record Words(Map<String, String> accountNames, JsonMapper json, MessageSource messages, Locale locale) {

        ActivityRow row(AuditEventView event) {
            String name = event.accountId() == null ? null : accountNames.get(event.accountId());
            return new ActivityRow(event, name, how(event));
        }

        private String how(AuditEventView event) {
            JsonNode details;
            try {
                details = json.readTree(event.detailsJson());
            }
            catch (JacksonException unreadable) {
                return "";
            }
            String reason = text(details, "reason");
            if (reason != null) {
                return word("activity.reason." + reason, reason);
            }
            String method = text(details, "method");
            if (method != null) {
                return method(method);
            }
            String destination = text(details, "destination");
            if (destination != null) {
                return destination;
            }
            String accessKeyId = text(details, "accessKeyId");
            return accessKeyId == null ? "" : word("activity.access-key", accessKeyId, accessKeyId);
        }

        /** {@code password+totp} as "Password and authenticator app", {@code oidc:okta} as "okta (identity provider)". */
        private String method(String method) {
            if (method.startsWith("oidc:")) {
                String provider = method.substring("oidc:".length());
                return word("activity.method.oidc", provider, provider);
            }
            List<String> steps = new ArrayList<>();
            for (String step : method.split("\\+")) {
                steps.add(word("activity.method." + step, step));
            }
            String words = String.join(word("activity.method.and", " + "), steps);
            return words.substring(0, 1).toUpperCase(locale) + words.substring(1);
        }

        private String word(String code, String fallback, Object... arguments) {
            return messages.getMessage(code, arguments, fallback, locale);
        }

        private static @Nullable String text(JsonNode details, String field) {
            JsonNode value = details.get(field);
            return value != null && value.isValueNode() && !value.asString().isBlank() ? value.asString() : null;
        }
    }
}
