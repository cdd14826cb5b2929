package org.leavingcare.pathway.service;

import java.util.List;

/** One page of a list, and how many items the whole list has. */
public record Listing<T>(List<T> items, int page, int size, long total) {
}
