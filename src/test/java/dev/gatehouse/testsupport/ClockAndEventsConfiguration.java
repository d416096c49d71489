package dev.gatehouse.testsupport;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * One clock the tests move (code steps, pauses, expiry) and a recorder of published events. Test classes that
 * import it and nothing else share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ClockAndEventsConfiguration {

    @Bean
    @Primary
    public MutableClock mutableClock() {
        return new MutableClock(Instant.parse("2026-06-01T09:00:10Z"));
    }

    @Bean
    public RecordedEvents recordedEvents() {
        return new RecordedEvents();
    }
}
