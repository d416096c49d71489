package dev.gatehouse.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface GroupRepository extends ListCrudRepository<Group, UUID> {

    Optional<Group> findByNameKey(String nameKey);

    List<Group> findByNameKeyIn(Collection<String> nameKeys);

    @Query("select g from Group g join g.members m where m.id = :userId and g.source = :source")
    List<Group> findBySourceAndMember(String source, UUID userId);

    /** Adds one membership without loading the group's members, which may be many. */
    @Modifying(flushAutomatically = true)
    @Query(value = "insert into group_memberships (group_id, user_id) values (:groupId, :userId)", nativeQuery = true)
    void addMembership(UUID groupId, UUID userId);

    @Modifying(flushAutomatically = true)
    @Query(value = "delete from group_memberships where group_id = :groupId and user_id = :userId", nativeQuery = true)
    void removeMembership(UUID groupId, UUID userId);
}
