package dev.gatehouse.signin;

import java.time.Instant;

import dev.gatehouse.testsupport.MutableClock;
import dev.gatehouse.testsupport.RecordedEvents;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** One clock the tests move (TOTP steps, pauses, trusted-browser expiry) and a recorder of published events. */
@TestConfiguration(proxyBeanMethods = false)
class MfaTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.parse("2026-06-01T09:00:10Z"));
    }

    @Bean
    RecordedEvents recordedEvents() {
        return new RecordedEvents();
    }
}
