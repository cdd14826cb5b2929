package org.leavingcare.pathway.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.problem.FieldViolation;
import org.leavingcare.pathway.repository.CareEpisodeRow;
import org.leavingcare.pathway.repository.YoungPerson;

import java.util.List;

/** A young person's care episodes, replaced as a whole list as the case-management system holds it. */
@ApplicationScoped
@Transactional
public class CareEpisodeService {

    @Inject
    CaseClock caseClock;

    @Inject
    YoungPersonAccess people;

    @Inject
    CaseRecordPublisher publisher;

    /** Replaces the list, or writes nothing and names every episode and field that is wrong. */
    public CaseRecord replaceEpisodes(String caseRef, List<RecordedEpisode> episodes, String ifMatch, String by) {
        YoungPerson person = people.find(caseRef);
        List<FieldViolation> violations = CareEpisodeRules.check(episodes, person.dateOfBirth, caseClock.today());
        if (!violations.isEmpty()) {
            throw Violations.unprocessable(violations);
        }
        person = people.forUpdate(caseRef, ifMatch, by);
        CareEpisodeRow.deleteOf(person.id);
        for (RecordedEpisode e : episodes) {
            CareEpisodeRow episode = new CareEpisodeRow();
            episode.youngPersonId = person.id;
            episode.start = e.start();
            episode.end = e.end();
            episode.legalStatus = e.legalStatus();
            episode.placementType = e.placementType();
            episode.reasonCeased = e.reasonCeased();
            episode.persist();
        }
        CaseRecord record = publisher.publish(person, "care-episodes.replaced");
        Log.infof("Care episodes of %s replaced (%d episodes)", caseRef, episodes.size());
        return record;
    }
}
