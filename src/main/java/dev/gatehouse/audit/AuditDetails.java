package dev.gatehouse.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Turns an event's details into the JSON stored in its row. Events must never carry a secret; as a second line,
 * values under secret-sounding names (password, secret, token, seed, private key, sign-in URL) and values that
 * look like AWS secret keys, session tokens, JWTs or federation sign-in URLs are replaced by {@value #REDACTED},
 * and the event type and field name (never the value) are logged as a warning, so the publisher gets fixed.
 * Map keys are sorted. Details longer than {@value #MAX_LENGTH} characters are shortened, never dropped.
 */
@Component
class AuditDetails {

    static final String REDACTED = "[redacted]";
    static final int MAX_LENGTH = 262_144;
    static final int SHORTENED_STRING = 2_048;

    private static final Logger log = LoggerFactory.getLogger(AuditDetails.class);

    private static final List<String> SECRET_NAMES = List.of("password", "passphrase", "secret", "seed",
            "privatekey", "signinurl", "loginurl", "federationurl", "credentialsvalue");
    private static final Pattern AWS_SECRET_KEY = Pattern.compile("(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9/+]{40}");
    private static final Pattern LONG_BASE64 = Pattern.compile("[A-Za-z0-9/+=]{200,}");
    private static final Pattern JWT = Pattern.compile("eyJ[\\w-]{8,}\\.eyJ[\\w-]{8,}\\.[\\w-]*");
    private static final Pattern LONE_SURROGATE = Pattern.compile("[\\x{D800}-\\x{DFFF}]");

    private final JsonMapper json;

    AuditDetails(JsonMapper json) {
        // Sorted keys: the same details give the same text in every JVM, so a redelivered event is recognised.
        this.json = json.rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    }

    /** The details as a JSON object, scrubbed and at most {@value #MAX_LENGTH} characters long. */
    String toJson(String eventType, Map<String, Object> details) {
        JsonNode tree = json.valueToTree(details == null ? Map.of() : details);
        if (!(tree instanceof ObjectNode object)) {
            return "{}";
        }
        scrub(eventType, "", object);
        String text = json.writeValueAsString(object);
        if (text.length() <= MAX_LENGTH) {
            return wellFormed(text);
        }
        shorten(object);
        object.put("_shortened", true);
        text = json.writeValueAsString(object);
        if (text.length() <= MAX_LENGTH) {
            return wellFormed(text);
        }
        return json.writeValueAsString(Map.of("_shortened", true, "originalLength", text.length()));
    }

    /**
     * Half of a surrogate pair (sent as a JSON escape of one surrogate, or left by a cut) cannot be written as UTF-8,
     * so every later answer carrying the row would fail; it is stored as U+FFFD instead, and shown so from rows
     * stored before.
     */
    static String wellFormed(String text) {
        return LONE_SURROGATE.matcher(text).replaceAll("\uFFFD");
    }

    private void scrub(String eventType, String path, JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                String name = property.getKey();
                JsonNode value = property.getValue();
                if (!value.isNull() && (secretName(name) || secretValue(value))) {
                    log.warn("Audit event {} carried a secret-looking value at '{}{}'; it was recorded as {}",
                            eventType, path, name, REDACTED);
                    property.setValue(StringNode.valueOf(REDACTED));
                }
                else {
                    scrub(eventType, path + name + ".", value);
                }
            }
        }
        else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (secretValue(array.get(i))) {
                    log.warn("Audit event {} carried a secret-looking value at '{}[{}]'; it was recorded as {}",
                            eventType, path, i, REDACTED);
                    array.set(i, StringNode.valueOf(REDACTED));
                }
                else {
                    scrub(eventType, path + "[" + i + "].", array.get(i));
                }
            }
        }
    }

    static boolean secretName(String name) {
        String normalized = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return normalized.endsWith("token") || SECRET_NAMES.stream().anyMatch(normalized::contains);
    }

    static boolean secretValue(JsonNode node) {
        if (!node.isString()) {
            return false;
        }
        String value = node.stringValue();
        return AWS_SECRET_KEY.matcher(value).matches() || LONG_BASE64.matcher(value).matches()
                || JWT.matcher(value).find() || value.contains("SigninToken=");
    }

    private static void shorten(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                if (tooLong(property.getValue())) {
                    property.setValue(shortened(property.getValue()));
                }
                else {
                    shorten(property.getValue());
                }
            }
        }
        else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (tooLong(array.get(i))) {
                    array.set(i, shortened(array.get(i)));
                }
                else {
                    shorten(array.get(i));
                }
            }
        }
    }

    private static boolean tooLong(JsonNode node) {
        return node.isString() && node.stringValue().length() > SHORTENED_STRING;
    }

    private static JsonNode shortened(JsonNode node) {
        String value = node.stringValue();
        return StringNode.valueOf(value.substring(0, SHORTENED_STRING) + "… (" + value.length() + " characters)");
    }
}
