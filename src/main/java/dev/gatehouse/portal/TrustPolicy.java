package dev.gatehouse.portal;

/** The trust policy statement a role needs so that Gatehouse may assume it for users. */
final class TrustPolicy {

    private TrustPolicy() {
    }

    static String statementFor(String principalArn) {
        return """
                {
                  "Effect": "Allow",
                  "Principal": { "AWS": "%s" },
                  "Action": ["sts:AssumeRole", "sts:SetSourceIdentity", "sts:TagSession"]
                }""".formatted(principalArn.replace("\\", "\\\\").replace("\"", "\\\""));
    }
}
