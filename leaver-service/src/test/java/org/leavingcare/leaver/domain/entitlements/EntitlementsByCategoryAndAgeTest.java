package org.leavingcare.leaver.domain.entitlements;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.leavingcare.leaver.domain.entitlements.YoungPeople.birthday;

/**
 * For each category and age band, exactly which catalogue items apply today and, by difference, which do
 * not: a row names every item that applies; every other catalogue item must not.
 */
class EntitlementsByCategoryAndAgeTest {

    /** What every care leaver up to 25 has, whatever their category. */
    private static final String SAY_AND_RECORDS = "advocacy complaints local-offer your-records";

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("eligible at 16 years 3 months",
                        YoungPeople.stayedInCareTo18().build(), birthday(16).plusMonths(3),
                        "personal-adviser pathway-plan setting-up-home-allowance apprenticeship-bursary "
                                + "health-in-pathway-plan your-views-count " + SAY_AND_RECORDS),
                arguments("eligible at 17, disabled, in education, with foster carers",
                        YoungPeople.stayedInCareTo18().disabled(true).inEducationOrTraining(true)
                                .livingWithFosterCarer(true).build(), birthday(17),
                        "personal-adviser pathway-plan setting-up-home-allowance apprenticeship-bursary "
                                + "sixteen-to-nineteen-bursary staying-put health-in-pathway-plan "
                                + "adult-care-transition-assessment no-gap-at-18 ehc-plan-to-25 your-views-count "
                                + SAY_AND_RECORDS),
                arguments("eligible at 17, unaccompanied",
                        YoungPeople.stayedInCareTo18().uasc(true).build(), birthday(17).plusDays(1),
                        "personal-adviser pathway-plan setting-up-home-allowance apprenticeship-bursary "
                                + "health-in-pathway-plan immigration-help legal-aid-immigration-under-18 "
                                + "your-views-count " + SAY_AND_RECORDS),
                arguments("relevant at 17",
                        YoungPeople.leftCareAt16AndAHalf().build(), birthday(17),
                        "personal-adviser pathway-plan keeping-in-touch setting-up-home-allowance "
                                + "apprenticeship-bursary accommodation-and-maintenance health-in-pathway-plan "
                                + "your-views-count " + SAY_AND_RECORDS),
                arguments("former relevant on the 18th birthday",
                        YoungPeople.stayedInCareTo18().build(), birthday(18),
                        "personal-adviser pathway-plan keeping-in-touch setting-up-home-allowance "
                                + "apprenticeship-bursary council-tax help-with-somewhere-to-live "
                                + "housing-priority-need education-and-training-costs help-finding-work "
                                + "health-in-pathway-plan your-views-count " + SAY_AND_RECORDS),
                arguments("former relevant at 19, full time at university",
                        YoungPeople.stayedInCareTo18().inEducationOrTraining(true)
                                .inFullTimeFurtherOrHigherEducation(true).inHigherEducation(true).build(),
                        birthday(19).plusMonths(1),
                        "personal-adviser pathway-plan keeping-in-touch setting-up-home-allowance "
                                + "higher-education-bursary apprenticeship-bursary council-tax "
                                + "help-with-somewhere-to-live vacation-accommodation education-and-training-costs "
                                + "help-finding-work health-in-pathway-plan your-views-count " + SAY_AND_RECORDS),
                arguments("former relevant at 19, disabled, with an EHC plan",
                        YoungPeople.stayedInCareTo18().disabled(true).ehcPlan(true).build(), birthday(19),
                        "personal-adviser pathway-plan keeping-in-touch setting-up-home-allowance "
                                + "apprenticeship-bursary council-tax help-with-somewhere-to-live "
                                + "housing-priority-need education-and-training-costs help-finding-work "
                                + "health-in-pathway-plan no-gap-at-18 ehc-plan-to-25 your-views-count "
                                + SAY_AND_RECORDS),
                arguments("former relevant at 19, unaccompanied",
                        YoungPeople.stayedInCareTo18().uasc(true).build(), birthday(19),
                        "personal-adviser pathway-plan keeping-in-touch setting-up-home-allowance "
                                + "apprenticeship-bursary council-tax help-with-somewhere-to-live "
                                + "housing-priority-need education-and-training-costs help-finding-work "
                                + "health-in-pathway-plan immigration-help legal-aid-after-18 your-views-count "
                                + SAY_AND_RECORDS),
                arguments("former relevant at 19, unaccompanied, appeal rights exhausted",
                        YoungPeople.stayedInCareTo18().uasc(true).appealRightsExhausted(true).build(), birthday(19),
                        "council-tax immigration-help legal-aid-after-18 appeal-rights-exhausted your-views-count "
                                + SAY_AND_RECORDS),
                arguments("former relevant at 21, not asked for an adviser, not in education",
                        YoungPeople.stayedInCareTo18().build(), birthday(21).plusMonths(1),
                        "adviser-after-21-on-request setting-up-home-allowance apprenticeship-bursary council-tax "
                                + "housing-priority-need-after-21 education-and-work-help-to-25 "
                                + "returning-to-education your-views-count " + SAY_AND_RECORDS),
                arguments("former relevant at 22, asked for an adviser after 21",
                        YoungPeople.stayedInCareTo18().requestedAdviserAfter21On(birthday(21).plusMonths(1)).build(),
                        birthday(22),
                        "personal-adviser pathway-plan health-in-pathway-plan setting-up-home-allowance "
                                + "apprenticeship-bursary council-tax housing-priority-need-after-21 "
                                + "education-and-work-help-to-25 returning-to-education your-views-count "
                                + SAY_AND_RECORDS),
                arguments("former relevant at 22, said they no longer want the adviser",
                        YoungPeople.stayedInCareTo18().requestedAdviserAfter21On(birthday(21).plusMonths(1))
                                .adviserNoLongerWantedOn(birthday(22).minusDays(1)).build(),
                        birthday(22),
                        "adviser-after-21-on-request setting-up-home-allowance apprenticeship-bursary council-tax "
                                + "housing-priority-need-after-21 education-and-work-help-to-25 "
                                + "returning-to-education your-views-count " + SAY_AND_RECORDS),
                arguments("former relevant at 22, on a course in the pathway plan beyond 21",
                        YoungPeople.stayedInCareTo18().inEducationOrTraining(true).build(), birthday(22),
                        "personal-adviser pathway-plan keeping-in-touch education-and-training-costs "
                                + "health-in-pathway-plan setting-up-home-allowance apprenticeship-bursary "
                                + "council-tax housing-priority-need-after-21 education-and-work-help-to-25 "
                                + "your-views-count " + SAY_AND_RECORDS),
                arguments("former relevant at 23, told the council they want to go back to education",
                        YoungPeople.stayedInCareTo18().toldCouncilReturningToEducationOn(birthday(23)).build(),
                        birthday(23).plusDays(10),
                        "personal-adviser pathway-plan education-and-training-costs health-in-pathway-plan "
                                + "setting-up-home-allowance apprenticeship-bursary council-tax "
                                + "housing-priority-need-after-21 education-and-work-help-to-25 your-views-count "
                                + SAY_AND_RECORDS),
                arguments("former relevant on the 25th birthday",
                        YoungPeople.stayedInCareTo18().build(), birthday(25),
                        "advocacy complaints housing-priority-need-after-21 your-records"),
                arguments("qualifying at 19",
                        YoungPeople.qualifying().build(), birthday(19),
                        "advice-and-assistance council-tax housing-priority-need "
                                + "education-and-work-help-to-25 " + SAY_AND_RECORDS),
                arguments("qualifying at 19, unaccompanied",
                        YoungPeople.qualifying().uasc(true).build(), birthday(19),
                        "advice-and-assistance council-tax housing-priority-need "
                                + "education-and-work-help-to-25 immigration-help legal-aid-after-18 "
                                + SAY_AND_RECORDS),
                arguments("qualifying until 21, now 22 and full time at college",
                        YoungPeople.qualifying().inEducationOrTraining(true).inFullTimeFurtherOrHigherEducation(true)
                                .build(), birthday(22),
                        "vacation-accommodation education-and-work-help-to-25 advocacy complaints your-records"),
                arguments("qualifying until 21, now 22 and not in education",
                        YoungPeople.qualifying().build(), birthday(22),
                        "housing-priority-need-after-21 education-and-work-help-to-25 your-records"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void exactlyTheseItemsApplyAndNoOthers(String who, EntitlementFacts facts, LocalDate today, String applying) {
        Set<String> expected = new TreeSet<>(List.of(applying.split("\\s+")));
        EntitlementStatement statement = YoungPeople.calculator().statement(facts, today, null);
        Set<String> owed = new TreeSet<>();
        for (StatementEntry entry : statement.owedToday()) {
            owed.add(entry.item().id());
        }
        List<String> wrong = new ArrayList<>();
        for (Entitlement item : YoungPeople.CATALOGUE.items()) {
            boolean applies = owed.contains(item.id());
            if (applies != expected.contains(item.id())) {
                wrong.add(item.id() + (applies ? " applies but should not" : " does not apply but should"));
            }
        }
        assertEquals(List.of(), wrong, who);
        // every id in the row is a catalogue item (a typo would otherwise pass as "does not apply")
        for (String id : expected) {
            assertEquals(true, YoungPeople.CATALOGUE.item(id).isPresent(), "unknown item " + id);
        }
    }
}
