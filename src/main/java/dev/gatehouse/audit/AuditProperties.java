package dev.gatehouse.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gatehouse.audit.*}.
 *
 * @param retention how long events are kept; older ones are deleted by the purge
 * @param purgeBatchSize how many rows one purge transaction deletes
 */
@ConfigurationProperties("gatehouse.audit")
record AuditProperties(@DefaultValue("400d") Duration retention, @DefaultValue("1000") int purgeBatchSize) {
}
