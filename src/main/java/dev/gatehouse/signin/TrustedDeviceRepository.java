package dev.gatehouse.signin;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TrustedDeviceRepository extends Repository<TrustedDevice, UUID> {

    TrustedDevice save(TrustedDevice device);

    @Query("""
            select count(d) > 0 from TrustedDevice d
            where d.userId = :userId and d.tokenHash = :tokenHash and d.expiresAt > :now""")
    boolean isTrusted(UUID userId, String tokenHash, Instant now);

    @Modifying
    @Query("delete from TrustedDevice d where d.userId = :userId")
    int deleteByUserId(UUID userId);

    @Modifying
    @Query("delete from TrustedDevice d where d.expiresAt < :now")
    int deleteExpired(Instant now);
}
