package org.leavingcare.pathway.service;

/** The result of a write to part of a young person's record, with the record's new entity tag. */
public record Written<T>(T body, String etag) {
}
