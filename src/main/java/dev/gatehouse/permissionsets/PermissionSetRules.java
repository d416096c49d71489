package dev.gatehouse.permissionsets;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The permission set rules a pattern cannot say: the session duration's range, the relay state's host, the inline
 * policy's JSON, the permissions boundary's either-or and the tags. Each violation names its field.
 */
class PermissionSetRules implements ConstraintValidator<PermissionSetDetails.Checked, PermissionSetDetails> {

    static final Duration MIN_DURATION = Duration.ofHours(1);
    static final Duration MAX_DURATION = Duration.ofHours(12);
    static final int MAX_INLINE_POLICY_BYTES = 32_768;

    /** The console hosts of the three partitions, including regional ones such as {@code eu-west-1.console...}. */
    static final Pattern CONSOLE_HOST = Pattern.compile(
            "(?:[a-z0-9-]+\\.)*console\\.(?:aws\\.amazon\\.com|amazonaws\\.cn|amazonaws-us-gov\\.com)");
    private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}");
    private static final Pattern TAG_VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{0,256}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public boolean isValid(PermissionSetDetails details, ConstraintValidatorContext context) {
        if (details == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = checkDuration(details.sessionDuration(), context);
        valid &= details.relayState() == null || checkRelayState(details.relayState(), context);
        valid &= details.inlinePolicy() == null || checkPolicy(details.inlinePolicy(), context);
        valid &= details.permissionsBoundary() == null || checkBoundary(details.permissionsBoundary(), context);
        valid &= checkTags(details.tags(), context);
        return valid;
    }

    static boolean validDuration(String text) {
        try {
            Duration duration = Duration.parse(text);
            return duration.compareTo(MIN_DURATION) >= 0 && duration.compareTo(MAX_DURATION) <= 0;
        }
        catch (DateTimeParseException notIso) {
            return false;
        }
    }

    private static boolean checkDuration(String text, ConstraintValidatorContext context) {
        return validDuration(text) || reject(context, "sessionDuration", "{permissionset.sessionDuration.invalid}");
    }

    private static boolean checkRelayState(String url, ConstraintValidatorContext context) {
        try {
            URI uri = new URI(url);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getUserInfo() == null && uri.getPort() == -1
                    && CONSOLE_HOST.matcher(host).matches()) {
                return true;
            }
        }
        catch (URISyntaxException notAUrl) {
            // refused below
        }
        return reject(context, "relayState", "{permissionset.relayState.invalid}");
    }

    private static boolean checkPolicy(String policy, ConstraintValidatorContext context) {
        if (policy.getBytes(StandardCharsets.UTF_8).length > MAX_INLINE_POLICY_BYTES) {
            return reject(context, "inlinePolicy", "{permissionset.inlinePolicy.size}");
        }
        try {
            JsonNode document = JSON.readTree(policy);
            if (document.isObject() && document.has("Statement")) {
                return true;
            }
            return reject(context, "inlinePolicy", "{permissionset.inlinePolicy.statement}");
        }
        catch (JacksonException notJson) {
            var location = notJson.getLocation();
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("line", location == null ? 1 : location.getLineNr())
                    .addMessageParameter("column", location == null ? 1 : location.getColumnNr());
            return reject(context, "inlinePolicy", "{permissionset.inlinePolicy.json}");
        }
    }

    private static boolean checkBoundary(PermissionsBoundary boundary, ConstraintValidatorContext context) {
        if (boundary.managedPolicyArn() != null && boundary.customerManagedPolicy() != null) {
            return reject(context, "permissionsBoundary", "{permissionset.permissionsBoundary.both}");
        }
        return true;
    }

    private static boolean checkTags(Map<String, String> tags, ConstraintValidatorContext context) {
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            String key = tag.getKey() == null ? "" : tag.getKey();
            if (!TAG_KEY.matcher(key).matches() || key.toLowerCase(Locale.ROOT).startsWith("aws:")
                    || tag.getValue() == null || !TAG_VALUE.matcher(tag.getValue()).matches()) {
                context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("key", key);
                return reject(context, "tags", "{permissionset.tags.invalid}");
            }
        }
        return true;
    }

    private static boolean reject(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
