package org.leavingcare.platform.rest;

import org.leavingcare.platform.config.PlatformConfig;

/**
 * The page a list is asked for, the same in every service (README, "Conventions"): {@code page} from 0 and
 * {@code size} from 1 to the configured maximum (default 50, at most 200).
 */
public record PageRequest(int page, int size) {

    public static PageRequest of(String page, String size, PlatformConfig.Paging paging) {
        int number = (int) QueryParams.number("page", page, 0, 0, 1_000_000);
        int length = (int) QueryParams.number("size", size, paging.defaultPageSize(), 1, paging.maxPageSize());
        return new PageRequest(number, length);
    }

    /** The rows to skip. */
    public long offset() {
        return (long) page * size;
    }
}
