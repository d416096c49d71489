package dev.gatehouse.directory;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, UUID> {

    boolean existsByTokenHash(String tokenHash);
}
