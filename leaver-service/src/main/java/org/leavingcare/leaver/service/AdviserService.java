package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.leavingcare.leaver.problem.ApiProblem;
import org.leavingcare.leaver.repository.AllocationRepository;
import org.leavingcare.leaver.repository.PersonalAdviser;
import org.leavingcare.leaver.repository.PersonalAdviserRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Personal advisers' records: created and updated by managers and the HR integration (rules.md PA-5). */
@ApplicationScoped
@Transactional
public class AdviserService {

    @Inject
    Clock clock;

    @Inject
    PersonalAdviserRepository advisers;

    @Inject
    AllocationRepository allocations;

    /** An adviser as a manager or the HR integration describes them; absent lists are empty. */
    public record Details(String name, String team, int capacity, List<String> languages, List<String> specialisms,
                          boolean active) {
    }

    /** The outcome of an upsert: the adviser and whether it was created. */
    public record Upserted(PersonalAdviser adviser, boolean created) {
    }

    public Upserted upsert(String id, Details input, String ifMatch) {
        PersonalAdviser adviser = advisers.find(id);
        boolean created = adviser == null;
        if (created) {
            if (ifMatch != null && !ifMatch.equals("*")) {
                throw ApiProblem.preconditionFailed("If-Match names a version of an adviser that does not exist");
            }
            adviser = new PersonalAdviser();
            adviser.id = id;
            adviser.createdAt = Instant.now(clock);
        } else if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(adviser.etag())) {
            throw ApiProblem.preconditionFailed("The adviser has changed since version " + ifMatch
                    + "; the current version is " + adviser.etag());
        }
        if (!created && adviser.active && !input.active()) {
            long open = allocations.countOpenFor(id);
            if (open > 0) {
                throw ApiProblem.conflict("Personal adviser " + id + " still has " + open + " open allocation"
                        + (open == 1 ? "" : "s") + "; transfer " + (open == 1 ? "it" : "them")
                        + " to another adviser (or end " + (open == 1 ? "it" : "them") + ") before deactivating");
            }
        }
        adviser.name = input.name();
        adviser.team = input.team();
        adviser.capacity = input.capacity();
        adviser.languages = input.languages() == null ? new String[0] : input.languages().stream().distinct().toArray(String[]::new);
        adviser.specialisms = input.specialisms() == null ? new String[0] : input.specialisms().stream().distinct().toArray(String[]::new);
        adviser.active = input.active();
        adviser.updatedAt = Instant.now(clock);
        if (created) {
            advisers.persist(adviser);
        }
        try {
            advisers.flush();
        } catch (PersistenceException e) {
            if (created && uniqueViolation(e)) {
                // two first-time PUTs at once: the other one created it
                throw ApiProblem.conflict("Personal adviser " + id + " was created by a concurrent request; "
                        + "read it and send If-Match with its ETag to update it");
            }
            throw e;
        }
        return new Upserted(adviser, created);
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** The adviser; 404 if there is none with this id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonalAdviser get(String id) {
        PersonalAdviser adviser = advisers.find(id);
        if (adviser == null) {
            throw ApiProblem.notFound("No personal adviser with id " + id);
        }
        return adviser;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonalAdviser> list(String team, Boolean active, int limit, int offset) {
        return advisers.list(team, active, limit, offset);
    }
}
