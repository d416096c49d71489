package dev.gatehouse.signin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SignInFailureRepository extends Repository<SignInFailure, UUID> {

    SignInFailure save(SignInFailure failure);

    @Query("""
            select f.failedAt from SignInFailure f
            where f.throttleKey = :throttleKey and f.failedAt > :since
            order by f.failedAt""")
    List<Instant> failureTimesSince(String throttleKey, Instant since);

    @Modifying
    @Query("delete from SignInFailure f where f.throttleKey = :throttleKey")
    void deleteByThrottleKey(String throttleKey);

    @Modifying
    @Query("delete from SignInFailure f where f.failedAt < :cutoff")
    void deleteOlderThan(Instant cutoff);
}
