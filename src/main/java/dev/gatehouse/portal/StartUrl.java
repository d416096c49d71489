package dev.gatehouse.portal;

import dev.gatehouse.settings.PortalProperties;

/** The portal's start URL, {@code {gatehouse.portal.url}/start}: the CLI's {@code sso_start_url}. */
final class StartUrl {

    private StartUrl() {
    }

    static String of(PortalProperties portal) {
        String base = portal.url().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/start";
    }
}
