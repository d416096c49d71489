package dev.gatehouse.console;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import dev.gatehouse.console.ConsoleException.Reason;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a console sign-in lands: the requested destination, else the permission set's relay state, else the
 * console home. Only absolute https URLs on the partition's console host or its subdomains, without user info or
 * a port other than 443, are allowed, so tricks like {@code https://console.aws.amazon.com.evil.com},
 * {@code //evil.com}, {@code https://console.aws.amazon.com@evil.com} or {@code javascript:} never redirect.
 */
final class ConsoleDestinations {

    static final int MAX_LENGTH = 2048;
    private static final Logger log = LoggerFactory.getLogger(ConsoleDestinations.class);

    private ConsoleDestinations() {
    }

    /** @throws ConsoleException {@code DESTINATION_NOT_ALLOWED} for a requested destination that is not allowed */
    static URI choose(Partition partition, @Nullable String requested, @Nullable String relayState) {
        if (requested != null && !requested.isBlank()) {
            URI destination = allowed(partition, requested);
            if (destination == null) {
                throw new ConsoleException(Reason.DESTINATION_NOT_ALLOWED, null, partition.consoleHome().getHost());
            }
            return destination;
        }
        if (relayState != null && !relayState.isBlank()) {
            URI destination = allowed(partition, relayState);
            if (destination != null) {
                return destination;
            }
            log.warn("Ignoring a permission set's relay state outside the {} console: landing on the console home",
                    partition.consoleHome().getHost());
        }
        return partition.consoleHome();
    }

    static @Nullable URI allowed(Partition partition, String candidate) {
        if (candidate.length() > MAX_LENGTH || candidate.chars().anyMatch(c -> c <= 0x20 || c == 0x7f || c == '\\')) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(candidate);
        }
        catch (URISyntaxException e) {
            return null;
        }
        String host = uri.getHost();
        boolean https = uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).equals("https");
        boolean plainAuthority = uri.getRawUserInfo() == null && (uri.getPort() == -1 || uri.getPort() == 443);
        if (!https || host == null || !plainAuthority || !partition.isConsoleHost(host)) {
            return null;
        }
        return uri;
    }
}
