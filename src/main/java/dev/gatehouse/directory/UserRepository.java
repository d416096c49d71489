package dev.gatehouse.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<User, UUID> {

    Optional<User> findByUsernameKey(String usernameKey);

    @Query("""
            select count(g) > 0 from Group g join g.members m
            where m.id = :userId and g.nameKey = :groupNameKey""")
    boolean isMemberOf(UUID userId, String groupNameKey);
}
