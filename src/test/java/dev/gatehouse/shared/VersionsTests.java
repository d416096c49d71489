package dev.gatehouse.shared;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTests {

    @Test
    void theVersionTheCallerSawPasses() {
        assertThatCode(() -> Versions.requireCurrent(String.class, "id", 3, 3)).doesNotThrowAnyException();
    }

    @Test
    void anOlderOrNewerVersionIsAConcurrentChangeNamingTheRecord() {
        assertThatThrownBy(() -> Versions.requireCurrent(String.class, "id", 3, 2))
                .isInstanceOfSatisfying(ObjectOptimisticLockingFailureException.class, stale -> {
                    assertThat(stale.getPersistentClass()).isEqualTo(String.class);
                    assertThat(stale.getIdentifier()).isEqualTo("id");
                });
        assertThatThrownBy(() -> Versions.requireCurrent(String.class, "id", 3, 4))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
