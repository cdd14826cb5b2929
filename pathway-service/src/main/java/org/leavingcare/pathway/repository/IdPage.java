package org.leavingcare.pathway.repository;

import java.util.List;

/** One page of the ids a list query found, in its order, and how many it found in all. */
public record IdPage(List<Long> ids, long total) {
}
