package dev.gatehouse.admin;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * One page of a list in the admin API: {@code ?page=0&size=50}, pages counted from 0, at most 200 items; and the
 * page sizes of the admin pages' lists.
 */
record PageResponse<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    /** Rows on a page of the admin pages' searchable lists: users, groups, accounts, permission sets. */
    static final int LIST_SIZE = 20;
    /** Rows on a page of the admin pages' longer lists: group members and candidates, assignments, audit events. */
    static final int LONG_LIST_SIZE = 50;
    /** Items on a page of the API when the caller sends no {@code size}; text, for {@code @RequestParam}. */
    static final String DEFAULT_SIZE = "50";
    static final int MAX_SIZE = 200;

    static Pageable request(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
    }

    static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapping) {
        return new PageResponse<>(page.getContent().stream().map(mapping).toList(), page.getNumber(),
                page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
