package dev.gatehouse.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface GroupRepository extends ListCrudRepository<Group, UUID> {

    Optional<Group> findByNameKey(String nameKey);
}
