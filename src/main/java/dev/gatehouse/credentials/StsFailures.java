package dev.gatehouse.credentials;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.gatehouse.credentials.CredentialsException.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns what the SDK throws for an STS call into a {@link CredentialsException} a user can act on. */
@Component
class StsFailures {

    private static final int MAX_AWS_MESSAGE = 300;

    /**
     * @param roleArn the role being assumed, or null for Gatehouse's own {@code GetCallerIdentity}
     * @param trustedPrincipal Gatehouse's principal for a role's trust policy, when known
     */
    CredentialsException translate(SdkException e, @Nullable String roleArn, @Nullable String trustedPrincipal) {
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() != null ? service.awsErrorDetails().errorCode() : null;
            if (service.isThrottlingException()) {
                return new CredentialsException(Reason.AWS_BUSY, e);
            }
            if ("AccessDenied".equals(code) && roleArn != null) {
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("roleArn", roleArn);
                if (trustedPrincipal != null) {
                    properties.put("trustedPrincipal", trustedPrincipal);
                }
                return new CredentialsException(Reason.ROLE_NOT_ASSUMABLE, new Object[] { roleArn }, properties, e);
            }
            String shown = code != null ? code : String.valueOf(service.statusCode());
            return new CredentialsException(Reason.AWS_REFUSED, new Object[] { shown, awsMessage(service) },
                    Map.of("awsErrorCode", shown), e);
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return new CredentialsException(Reason.AWS_UNREACHABLE, e);
        }
        if (e instanceof SdkClientException && e.getMessage() != null
                && e.getMessage().contains("Unable to load credentials")) {
            return new CredentialsException(Reason.NO_AWS_CREDENTIALS, e);
        }
        return new CredentialsException(Reason.AWS_UNREACHABLE, e);
    }

    /** One short line about the failure for the log: AWS's code and message, or the client's message. */
    String describe(SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().errorCode() + ": " + awsMessage(service);
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : cut(message);
    }

    private static String awsMessage(AwsServiceException e) {
        String message = e.awsErrorDetails() != null ? e.awsErrorDetails().errorMessage() : null;
        return message == null ? "" : cut(message);
    }

    private static String cut(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_AWS_MESSAGE ? oneLine : oneLine.substring(0, MAX_AWS_MESSAGE) + "…";
    }
}
