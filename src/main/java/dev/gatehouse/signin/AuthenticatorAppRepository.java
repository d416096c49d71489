package dev.gatehouse.signin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuthenticatorAppRepository extends Repository<AuthenticatorApp, UUID> {

    AuthenticatorApp save(AuthenticatorApp app);

    List<AuthenticatorApp> findByUserIdOrderByCreatedAt(UUID userId);

    long countByUserId(UUID userId);

    /** Accepts a code's step once: true for the first caller on any node, false for a replay. */
    @Modifying
    @Query("""
            update AuthenticatorApp a set a.lastUsedStep = :step, a.lastUsedAt = :now
            where a.id = :id and (a.lastUsedStep is null or a.lastUsedStep < :step)""")
    int markStepUsed(UUID id, long step, Instant now);

    @Modifying
    @Query("delete from AuthenticatorApp a where a.id = :id and a.userId = :userId")
    int deleteByIdAndUserId(UUID id, UUID userId);

    @Modifying
    @Query("delete from AuthenticatorApp a where a.userId = :userId")
    int deleteByUserId(UUID userId);
}
