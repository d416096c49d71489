package dev.gatehouse.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<User, UUID> {

    Optional<User> findByUsernameKey(String usernameKey);

    /** Only a group managed here counts: an identity provider's group of the same name never makes an admin. */
    @Query("""
            select count(g) > 0 from Group g join g.members m
            where m.id = :userId and g.nameKey = :groupNameKey and g.source is null""")
    boolean isMemberOf(UUID userId, String groupNameKey);
}
