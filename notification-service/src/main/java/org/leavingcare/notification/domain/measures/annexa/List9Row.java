package org.leavingcare.notification.domain.measures.annexa;

import java.util.List;

/** One row of List 9: its cells in heading order, and what could not be filled. */
public record List9Row(List<String> cells, List<List9Issue> issues) {

    public List9Row {
        cells = List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList());
        issues = List.copyOf(issues);
    }
}
