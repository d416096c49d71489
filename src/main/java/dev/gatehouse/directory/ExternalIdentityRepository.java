package dev.gatehouse.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ExternalIdentityRepository extends ListCrudRepository<ExternalIdentity, UUID> {

    Optional<ExternalIdentity> findByIssuerAndSubject(String issuer, String subject);

    boolean existsByUserIdAndIssuer(UUID userId, String issuer);

    List<ExternalIdentity> findByUserIdOrderByCreatedAt(UUID userId);
}
