package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.audit.AuditLog;
import org.leavingcare.leaver.domain.ExplanationMethod;
import org.leavingcare.leaver.feed.LeaverEventType;
import org.leavingcare.leaver.feed.LeaverFeed;
import org.leavingcare.leaver.feed.LeaverSnapshots;
import org.leavingcare.leaver.repository.EntitlementsExplanation;
import org.leavingcare.leaver.repository.EntitlementsExplanationRepository;
import org.leavingcare.leaver.repository.YoungPerson;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Records that the local offer and the young person's rights and entitlements were explained (FIN-5). */
@ApplicationScoped
@Transactional
public class EntitlementsExplanationService {

    @Inject
    Clock clock;

    @Inject
    YoungPeopleInScope youngPeople;

    @Inject
    EntitlementsExplanationRepository explanations;

    @Inject
    LeaverSnapshots snapshots;

    @Inject
    LeaverFeed feed;

    @Inject
    AuditLog audit;

    /** An explanation as recorded; only an acknowledged one counts as explained. */
    public record NewExplanation(LocalDate explainedOn, ExplanationMethod method, boolean acknowledged) {
    }

    public EntitlementsExplanation explain(String caseRef, NewExplanation input, String user) {
        InputDates.notInFuture(input.explainedOn(), LocalDate.now(clock), "explainedOn");
        YoungPerson person = youngPeople.lock(caseRef);
        InputDates.notBeforeBirth(person, input.explainedOn(), "explainedOn");
        EntitlementsExplanation explanation = new EntitlementsExplanation();
        explanation.caseRef = caseRef;
        explanation.explainedOn = input.explainedOn();
        explanation.method = input.method();
        explanation.acknowledged = input.acknowledged();
        explanation.recordedBy = user;
        explanation.createdAt = Instant.now(clock);
        explanations.add(explanation);
        audit.written(caseRef);
        feed.publish(LeaverEventType.ENTITLEMENTS_EXPLAINED, snapshots.snapshot(person));
        return explanation;
    }

    /** The young person's explanations, latest first; 404 outside the caller's scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EntitlementsExplanation> explanations(String caseRef) {
        youngPeople.get(caseRef);
        return explanations.of(caseRef);
    }
}
