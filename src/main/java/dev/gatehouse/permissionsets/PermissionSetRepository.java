package dev.gatehouse.permissionsets;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PermissionSetRepository extends JpaRepository<PermissionSet, UUID> {

    Optional<PermissionSet> findByNameKey(String nameKey);

    /** {@code pattern} is a lower-case LIKE pattern with {@code \\} as escape character. */
    @Query(value = """
            select new dev.gatehouse.permissionsets.PermissionSetSummary(p.id, p.name, p.description, p.sessionDuration, p.roleName)
            from PermissionSet p
            where p.nameKey like :pattern escape '\\' or lower(coalesce(p.description, '')) like :pattern escape '\\'""",
            countQuery = """
            select count(p) from PermissionSet p
            where p.nameKey like :pattern escape '\\' or lower(coalesce(p.description, '')) like :pattern escape '\\'""")
    Page<PermissionSetSummary> search(String pattern, Pageable pageable);

    @Query("""
            select new dev.gatehouse.permissionsets.PermissionSetSummary(p.id, p.name, p.description, p.sessionDuration, p.roleName)
            from PermissionSet p order by p.nameKey""")
    List<PermissionSetSummary> allSummaries();
}
