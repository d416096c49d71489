package dev.gatehouse.settings;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page, error pages included, the configured portal name for the layout's header. */
@ControllerAdvice
class PortalNameAdvice {

    private final PortalProperties properties;

    PortalNameAdvice(PortalProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("portalName")
    String portalName() {
        return properties.name();
    }
}
