package dev.gatehouse.console;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Console destinations: only the partition's console hosts over https, never an open redirect. */
class ConsoleDestinationsTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://console.aws.amazon.com/",
            "https://console.aws.amazon.com",
            "https://CONSOLE.aws.amazon.com/ec2/home",
            "https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances:",
            "https://console.aws.amazon.com:443/s3/buckets?region=us-east-1&tab=objects",
            "https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1" })
    void consoleUrlsOfThePartitionAreAllowed(String destination) {
        assertThat(ConsoleDestinations.allowed(Partition.AWS, destination)).isEqualTo(URI.create(destination));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://console.aws.amazon.com.evil.com/",
            "https://evil.com/console.aws.amazon.com",
            "https://evilconsole.aws.amazon.com/",
            "https://evil.com#.console.aws.amazon.com",
            "https://evil.com?.console.aws.amazon.com",
            "//evil.com",
            "//console.aws.amazon.com/",
            "/start",
            "javascript:alert(document.cookie)",
            "JAVASCRIPT://console.aws.amazon.com/%0aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "http://console.aws.amazon.com/",
            "ftp://console.aws.amazon.com/",
            "https://console.aws.amazon.com@evil.com/",
            "https://user:pass@console.aws.amazon.com/",
            "https://evil.com\\@console.aws.amazon.com/",
            "https://console.aws.amazon.com\\.evil.com/",
            "https://console.aws.amazon.com:8443/",
            "https://console.aws.amazon.com./",
            "https:console.aws.amazon.com",
            "https://console.aws.amazon.com%2eevil.com/",
            "https://console.aws.amazon.com\t.evil.com/",
            " https://console.aws.amazon.com/",
            "https://console.amazonaws.cn/",
            "https://signin.aws.amazon.com/federation?Action=logout" })
    void everythingElseIsRefused(String destination) {
        assertThat(ConsoleDestinations.allowed(Partition.AWS, destination)).isNull();
        assertThatThrownBy(() -> ConsoleDestinations.choose(Partition.AWS, destination, null))
                .isInstanceOfSatisfying(ConsoleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ConsoleException.Reason.DESTINATION_NOT_ALLOWED);
                    assertThat(e.getStatusCode().value()).isEqualTo(400);
                });
    }

    @Test
    void eachPartitionHasItsOwnConsoleHosts() {
        assertThat(ConsoleDestinations.allowed(Partition.AWS_CN, "https://console.amazonaws.cn/ec2")).isNotNull();
        assertThat(ConsoleDestinations.allowed(Partition.AWS_CN, "https://console.aws.amazon.com/")).isNull();
        assertThat(ConsoleDestinations.allowed(Partition.AWS_US_GOV,
                "https://us-gov-west-1.console.amazonaws-us-gov.com/ec2")).isNotNull();
        assertThat(ConsoleDestinations.allowed(Partition.AWS_US_GOV, "https://console.aws.amazon.com/")).isNull();
        assertThat(Partition.AWS_CN.federationEndpoint()).hasToString("https://signin.amazonaws.cn/federation");
        assertThat(Partition.AWS_US_GOV.federationEndpoint())
                .hasToString("https://signin.amazonaws-us-gov.com/federation");
        assertThat(Partition.AWS.federationEndpoint()).hasToString("https://signin.aws.amazon.com/federation");
    }

    @Test
    void withoutADestinationTheRelayStateLandsElseTheConsoleHome() {
        assertThat(ConsoleDestinations.choose(Partition.AWS, null, "https://console.aws.amazon.com/s3/"))
                .hasToString("https://console.aws.amazon.com/s3/");
        assertThat(ConsoleDestinations.choose(Partition.AWS, "", null)).hasToString("https://console.aws.amazon.com/");
        assertThat(ConsoleDestinations.choose(Partition.AWS_CN, null, null)).hasToString("https://console.amazonaws.cn/");
        assertThat(ConsoleDestinations.choose(Partition.AWS, null, "https://evil.com/"))
                .as("a relay state outside the console is ignored").hasToString("https://console.aws.amazon.com/");
        assertThat(ConsoleDestinations.choose(Partition.AWS, "https://console.aws.amazon.com/iam/",
                "https://console.aws.amazon.com/s3/")).hasToString("https://console.aws.amazon.com/iam/");
    }
}
