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

interface GroupRepository extends JpaRepository<Group, UUID> {

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

    /** {@code pattern} is a lower-case LIKE pattern with {@code \\} as escape character. */
    @Query(value = """
            select new dev.gatehouse.directory.GroupView(g.id, g.name, g.description, g.source, size(g.members), g.version)
            from Group g
            where g.nameKey like :pattern escape '\\' or lower(coalesce(g.description, '')) like :pattern escape '\\'""",
            countQuery = """
            select count(g) from Group g
            where g.nameKey like :pattern escape '\\' or lower(coalesce(g.description, '')) like :pattern escape '\\'""")
    Page<GroupView> search(String pattern, Pageable pageable);

    /** Counted by the database, so that showing a group never loads its members, who may be many. */
    @Query("select count(m) from Group g join g.members m where g.id = :groupId")
    long countMembers(UUID groupId);

    @Query("""
            select new dev.gatehouse.directory.GroupView(g.id, g.name, g.description, g.source, size(g.members), g.version)
            from Group g where g.id in :ids order by g.nameKey""")
    List<GroupView> viewsOf(Collection<UUID> ids);

    @Query("select g from Group g join g.members m where m.id = :userId order by g.nameKey")
    List<Group> groupsOf(UUID userId);

    @Query("""
            select new dev.gatehouse.directory.GroupView(g.id, g.name, g.description, g.source, size(g.members), g.version)
            from Group g order by g.nameKey""")
    List<GroupView> allViews();

    @Query("""
            select new dev.gatehouse.directory.GroupView(g.id, g.name, g.description, g.source, size(g.members), g.version)
            from Group g join g.members m where m.id = :userId order by g.nameKey""")
    List<GroupView> viewsOf(UUID userId);
}
