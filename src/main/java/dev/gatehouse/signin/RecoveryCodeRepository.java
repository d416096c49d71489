package dev.gatehouse.signin;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RecoveryCodeRepository extends Repository<RecoveryCode, UUID> {

    RecoveryCode save(RecoveryCode code);

    @Query("select count(c) from RecoveryCode c where c.userId = :userId and c.usedAt is null")
    long countUnused(UUID userId);

    @Query("select count(c) from RecoveryCode c where c.userId = :userId")
    long countAll(UUID userId);

    /** Uses a code once: true for the first caller on any node. */
    @Modifying
    @Query("""
            update RecoveryCode c set c.usedAt = :now
            where c.userId = :userId and c.codeHash = :codeHash and c.usedAt is null""")
    int markUsed(UUID userId, String codeHash, Instant now);

    @Modifying
    @Query("delete from RecoveryCode c where c.userId = :userId")
    int deleteByUserId(UUID userId);
}
