package dev.gatehouse.settings;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gatehouse.portal.*}.
 *
 * @param url the base URL users reach Gatehouse at; the start URL is this plus {@code /start}
 * @param name the product name shown in every page's header
 */
@ConfigurationProperties("gatehouse.portal")
public record PortalProperties(
        @DefaultValue("http://localhost:8080") URI url,
        @DefaultValue("Gatehouse") String name) {

    /** {@code {url}/start}: the portal home, the console's {@code Issuer} and the CLI's {@code sso_start_url}. */
    public URI startUrl() {
        String base = url.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/start");
    }
}
