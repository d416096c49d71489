package dev.gatehouse.console;

import java.net.URI;
import java.util.Locale;

/** An AWS partition's sign-in (federation) and console hosts. */
enum Partition {
    AWS("aws", "signin.aws.amazon.com", "console.aws.amazon.com"),
    AWS_CN("aws-cn", "signin.amazonaws.cn", "console.amazonaws.cn"),
    AWS_US_GOV("aws-us-gov", "signin.amazonaws-us-gov.com", "console.amazonaws-us-gov.com");

    private final String id;
    private final String signinHost;
    private final String consoleHost;

    Partition(String id, String signinHost, String consoleHost) {
        this.id = id;
        this.signinHost = signinHost;
        this.consoleHost = consoleHost;
    }

    static Partition of(String id) {
        for (Partition partition : values()) {
            if (partition.id.equals(id)) {
                return partition;
            }
        }
        throw new IllegalStateException("Unknown AWS partition: " + id);
    }

    URI federationEndpoint() {
        return URI.create("https://" + signinHost + "/federation");
    }

    URI consoleHome() {
        return URI.create("https://" + consoleHost + "/");
    }

    /** The console host itself or one of its subdomains (such as a regional console). */
    boolean isConsoleHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals(consoleHost) || lower.endsWith("." + consoleHost);
    }
}
