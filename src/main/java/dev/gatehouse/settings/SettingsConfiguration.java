package dev.gatehouse.settings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ PortalProperties.class, MfaProperties.class })
class SettingsConfiguration {
}
