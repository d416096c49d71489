package dev.gatehouse.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, UUID> {

    Optional<User> findByUsernameKey(String usernameKey);

    /** Only a group managed here counts: an identity provider's group of the same name never makes an admin. */
    @Query("""
            select count(g) > 0 from Group g join g.members m
            where m.id = :userId and g.nameKey = :groupNameKey and g.source is null""")
    boolean isMemberOf(UUID userId, String groupNameKey);

    /** {@code pattern} is a lower-case LIKE pattern with {@code \\} as escape character. */
    @Query("""
            select u from User u
            where u.usernameKey like :pattern escape '\\' or lower(u.displayName) like :pattern escape '\\'
               or lower(coalesce(u.email, '')) like :pattern escape '\\'""")
    Page<User> search(String pattern, Pageable pageable);

    @Query("""
            select u from User u
            where (u.usernameKey like :pattern escape '\\' or lower(u.displayName) like :pattern escape '\\')
              and not exists (select 1 from Group g join g.members m where g.id = :groupId and m.id = u.id)""")
    Page<User> searchNotInGroup(UUID groupId, String pattern, Pageable pageable);

    @Query("""
            select u from User u
            where (u.usernameKey like :pattern escape '\\' or lower(u.displayName) like :pattern escape '\\'
                   or lower(coalesce(u.email, '')) like :pattern escape '\\')
              and exists (select 1 from Group g join g.members m where g.id = :groupId and m.id = u.id)""")
    Page<User> membersOf(UUID groupId, String pattern, Pageable pageable);

    List<User> findByIdIn(Collection<UUID> ids);

    @Modifying
    @Query(value = "delete from group_memberships where user_id = :userId", nativeQuery = true)
    void deleteMemberships(UUID userId);
}
