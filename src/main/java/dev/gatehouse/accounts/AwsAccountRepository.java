package dev.gatehouse.accounts;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AwsAccountRepository extends JpaRepository<AwsAccount, String> {

    /** {@code pattern} is a lower-case LIKE pattern with {@code \\} as escape character. */
    @Query("""
            select a from AwsAccount a
            where lower(a.name) like :pattern escape '\\' or a.accountId like :pattern escape '\\'
               or lower(coalesce(a.email, '')) like :pattern escape '\\'""")
    Page<AwsAccount> search(String pattern, Pageable pageable);
}
