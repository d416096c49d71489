package dev.gatehouse.admin;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gatehouse.import.*}.
 *
 * @param file a YAML file of users, groups, accounts, permission sets and assignments applied at every start-up;
 *        none when unset
 */
@ConfigurationProperties("gatehouse.import")
record ImportProperties(@Nullable Path file) {
}
