package dev.gatehouse.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GroupRepository extends JpaRepository<Group, UUID> {

    Optional<Group> findByNameKey(String nameKey);

    boolean existsByNameKey(String nameKey);

    /** {@code pattern} is a lower-case LIKE pattern with {@code \\} as escape character. */
    @Query(value = """
            select new dev.gatehouse.directory.GroupView(g.id, g.name, g.description, g.source, size(g.members), g.version)
            from Group g
            where g.nameKey like :pattern escape '\\' or lower(coalesce(g.description, '')) like :pattern escape '\\'""",
            countQuery = """
            select count(g) from Group g
            where g.nameKey like :pattern escape '\\' or lower(coalesce(g.description, '')) like :pattern escape '\\'""")
    Page<GroupView> search(String pattern, Pageable pageable);

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
