package org.leavingcare.leaver.domain.entitlements;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leavingcare.leaver.domain.entitlements.YoungPeople.birthday;

/**
 * A new version of the local offer makes statements due again for exactly the young people whose
 * statement it changes, and for nobody else.
 */
class LocalOfferRevisionTest {

    private final StatementCalculator calculator = YoungPeople.calculator();
    private final LocalDate today = birthday(19);
    private final EntitlementFacts unaccompanied = YoungPeople.stayedInCareTo18().uasc(true).build();
    private final EntitlementFacts disabled = YoungPeople.stayedInCareTo18().disabled(true).build();
    private final EntitlementFacts other = YoungPeople.stayedInCareTo18().build();
    private final LocalOffer version1 = LocalOffers.example();

    private LocalOffer version2(java.util.function.Consumer<ObjectNode> change) {
        return LocalOffers.read(LocalOffers.exampleWith(root -> {
            root.put("version", 2);
            change.accept(root);
        }));
    }

    @Test
    void aChangeToAnItemForUnaccompaniedYoungPeopleMakesOnlyThemDueAgain() {
        LocalOffer version2 = version2(root -> LocalOffers.item(root, "immigration-fees").putObject("description")
                .put("en", "We pay your Home Office fees, your solicitor's travel and your passport photos."));
        LocalOfferRevision revision = new LocalOfferRevision(version1, version2);
        assertEquals(Set.of("immigration-fees"), revision.changedItemIds());
        assertTrue(revision.makesStatementDueAgain(calculator, unaccompanied, today));
        assertFalse(revision.makesStatementDueAgain(calculator, disabled, today));
        assertFalse(revision.makesStatementDueAgain(calculator, other, today));
        assertEquals(List.of(new StatementDifference(StatementDifference.Kind.WORDING_CHANGED, ItemOrigin.LOCAL,
                "immigration-fees", null)), revision.changesFor(calculator, unaccompanied, today));
    }

    @Test
    void aNewItemForUnaccompaniedYoungPeopleMakesOnlyThemDueAgain() {
        LocalOffer version2 = version2(root -> {
            ObjectNode item = root.withArray("items").addObject();
            item.put("id", "english-lessons").put("heading", "uasc");
            item.putObject("title").put("en", "English lessons");
            item.putObject("description").put("en", "We pay for English lessons at college.");
            ObjectNode route = item.putArray("eligibility").addObject();
            route.putArray("categories").add("FORMER_RELEVANT").add("QUALIFYING");
            route.putObject("conditions").put("uasc", true);
        });
        LocalOfferRevision revision = new LocalOfferRevision(version1, version2);
        assertEquals(List.of(new StatementDifference(StatementDifference.Kind.NOW_OWED, ItemOrigin.LOCAL,
                "english-lessons", null)), revision.changesFor(calculator, unaccompanied, today));
        assertFalse(revision.makesStatementDueAgain(calculator, other, today));
    }

    @Test
    void aChangeToAnItemForEveryoneMakesEveryoneItAppliesToDueAgain() {
        LocalOffer version2 = version2(root -> LocalOffers.item(root, "setting-up-home-top-up").with("amount")
                .put("pounds", 4000));
        LocalOfferRevision revision = new LocalOfferRevision(version1, version2);
        assertTrue(revision.makesStatementDueAgain(calculator, unaccompanied, today));
        assertTrue(revision.makesStatementDueAgain(calculator, disabled, today));
        assertTrue(revision.makesStatementDueAgain(calculator, other, today));
        // appeal rights exhausted: the top-up never applied to them, so nothing changes for them
        EntitlementFacts exhausted = YoungPeople.stayedInCareTo18().uasc(true).appealRightsExhausted(true).build();
        assertFalse(revision.makesStatementDueAgain(calculator, exhausted, today));
    }

    @Test
    void widerEligibilityMakesDueOnlyThoseNewlyCovered() {
        // the bus pass, for those in education, is extended to anyone under 21
        LocalOffer version2 = version2(root -> {
            ObjectNode route = LocalOffers.item(root, "bus-pass").withArray("eligibility").addObject();
            route.putArray("categories").add("FORMER_RELEVANT").add("QUALIFYING");
            route.put("untilAge", 21);
        });
        LocalOfferRevision revision = new LocalOfferRevision(version1, version2);
        assertEquals(List.of(new StatementDifference(StatementDifference.Kind.NOW_OWED, ItemOrigin.LOCAL,
                "bus-pass", null)), revision.changesFor(calculator, other, today));
        // a student had the bus pass already, to 25, so nothing they are told changes
        EntitlementFacts student = YoungPeople.stayedInCareTo18().inEducationOrTraining(true).build();
        assertFalse(revision.makesStatementDueAgain(calculator, student, today));
    }

    @Test
    void aChangeComingUpWithinTheYearMakesTheStatementDueAgain() {
        // council tax relief now stops at 20: a 19-year-old's statement gains an end date within the year
        LocalOffer version2 = version2(root -> ((ObjectNode) LocalOffers.item(root, "council-tax-relief")
                .withArray("eligibility").get(0)).put("untilAge", 20));
        List<StatementDifference> changes = new LocalOfferRevision(version1, version2)
                .changesFor(calculator, other, today);
        assertTrue(changes.contains(new StatementDifference(StatementDifference.Kind.END_DATE_CHANGED,
                ItemOrigin.LOCAL, "council-tax-relief", null)), changes.toString());
        assertTrue(changes.contains(new StatementDifference(StatementDifference.Kind.COMING_UP_CHANGED,
                ItemOrigin.LOCAL, "council-tax-relief", birthday(20))), changes.toString());
    }

    @Test
    void anUnchangedNewVersionMakesNobodyDueAgain() {
        LocalOfferRevision revision = new LocalOfferRevision(version1, version2(root -> root.put("publishedOn",
                "2026-05-01")));
        assertEquals(Set.of(), revision.changedItemIds());
        assertFalse(revision.makesStatementDueAgain(calculator, unaccompanied, today));
    }

    @Test
    void theSameAmountWrittenDifferentlyIsNotAChange() {
        LocalOffer version2 = version2(root -> LocalOffers.item(root, "setting-up-home-top-up").with("amount")
                .put("pounds", new java.math.BigDecimal("3500.00")));
        assertFalse(new LocalOfferRevision(version1, version2).makesStatementDueAgain(calculator, other, today));
    }

    @Test
    void theFirstOfferMakesDueEveryoneItGivesSomethingTo() {
        LocalOfferRevision first = new LocalOfferRevision(null, version1);
        assertTrue(first.makesStatementDueAgain(calculator, other, today));
    }

    @Test
    void aRevisionMustHaveAHigherVersionNumber() {
        assertThrows(IllegalArgumentException.class, () -> new LocalOfferRevision(version1, version1));
    }

    @Test
    void aNewCategoryMakesTheStatementDueAgain() {
        // pathway-service reports that the young person left care at 17 (relevant) instead of staying to 18
        EntitlementFacts stayed = YoungPeople.stayedInCareTo18().build();
        EntitlementFacts left = YoungPeople.leftCareAt16AndAHalf().build();
        LocalDate at17 = birthday(17);
        List<StatementDifference> changes = StatementComparison.differences(
                calculator.statement(stayed, at17, version1), calculator.statement(left, at17, version1));
        assertTrue(changes.contains(new StatementDifference(StatementDifference.Kind.NOW_OWED, ItemOrigin.STATUTORY,
                "accommodation-and-maintenance", null)), changes.toString());
        assertTrue(changes.contains(new StatementDifference(StatementDifference.Kind.NOW_OWED, ItemOrigin.STATUTORY,
                "keeping-in-touch", null)), changes.toString());
    }

    @Test
    void statementsForDifferentDaysAreNotCompared() {
        assertThrows(IllegalArgumentException.class, () -> StatementComparison.differences(
                calculator.statement(other, today, version1), calculator.statement(other, today.plusDays(1), version1)));
    }
}
