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

    /**
     * Page {@code page} of {@code size} items, both brought into range: a page so far beyond the last that its
     * offset would not fit the database's row offset is the last such page, empty like any page past the end.
     */
    static Pageable request(int page, int size) {
        int items = Math.min(Math.max(size, 1), MAX_SIZE);
        return PageRequest.of(Math.min(Math.max(page, 0), Integer.MAX_VALUE / items - 1), items);
    }

    static <T> PageResponse<T> of(Page<T> page) {
        return of(page, Function.identity());
    }

    static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapping) {
        return new PageResponse<>(page.getContent().stream().map(mapping).toList(), page.getNumber(),
                page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
