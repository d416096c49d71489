package dev.gatehouse.access;

import java.util.Collection;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, UUID> {

    boolean existsByPrincipalTypeAndPrincipalIdAndAccountIdAndPermissionSetId(PrincipalType principalType,
            UUID principalId, String accountId, UUID permissionSetId);

    @Modifying(flushAutomatically = true)
    @Query("delete from Assignment a where a.id in :ids")
    int deleteByIds(Collection<UUID> ids);
}
