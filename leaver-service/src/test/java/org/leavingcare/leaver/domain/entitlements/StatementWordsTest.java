package org.leavingcare.leaver.domain.entitlements;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leavingcare.leaver.domain.entitlements.YoungPeople.birthday;

/**
 * A statement reads in plain English under the headings a young person would use, with each item's source,
 * statutory and local items together, for a disabled, an unaccompanied and another care leaver.
 */
class StatementWordsTest {

    private final StatementCalculator calculator = YoungPeople.calculator();
    private final EntitlementWords english = EntitlementWords.in(Locale.UK);
    private final LocalOffer offer = LocalOffers.example();
    private final LocalDate today = birthday(18).minusMonths(2);

    private String render(EntitlementFacts facts) {
        return PlainTextStatement.render(calculator.statement(facts, today, offer), english, offer,
                "Orlaith Quennby, 01632 960 010");
    }

    @Test
    void aDisabledCareLeaversStatement() {
        String text = render(YoungPeople.stayedInCareTo18().disabled(true).ehcPlan(true).build());
        assertTrue(text.contains("# If you are disabled"), text);
        assertTrue(text.contains("An assessment for adult care before you are 18"), text);
        assertTrue(text.contains("Your education, health and care plan until 25"), text);
        assertTrue(text.contains("Where this comes from: Care Act 2014 s58-s59"), text);
        assertFalse(text.contains("# If you came to the UK on your own"), text);
        assertTrue(text.contains("\"An assessment for adult care before you are 18\" stops on your 18th birthday"),
                text);
    }

    @Test
    void anUnaccompaniedCareLeaversStatement() {
        String text = render(YoungPeople.stayedInCareTo18().uasc(true).build());
        assertTrue(text.contains("# If you came to the UK on your own"), text);
        assertTrue(text.contains("Free legal help with immigration before you are 18"), text);
        assertTrue(text.contains("We pay your immigration application fees"), text);
        assertTrue(text.contains("This is extra help from Northbrook Borough Council."), text);
        assertTrue(text.contains("you start to get \"Legal help with immigration after 18\" on your 18th birthday"),
                text);
        assertFalse(text.contains("# If you are disabled"), text);
    }

    @Test
    void anotherCareLeaversStatement() {
        String text = render(YoungPeople.stayedInCareTo18().build());
        assertTrue(text.startsWith("What you are entitled to\nThis is what you are entitled to on 14 March 2026."),
                text);
        assertTrue(text.contains("Your personal adviser: Orlaith Quennby, 01632 960 010"), text);
        for (String heading : new String[] {"# Your personal adviser", "# Money", "# Your health", "# Having your say",
                "# Your records"}) {
            assertTrue(text.contains(heading), heading + "\n" + text);
        }
        // the setting-up-home allowance: DfE's minimum, never presented as law, and the council's top-up
        assertTrue(text.contains("£3,000. This is the least the government says councils should give. "
                + "It is not set by law."), text);
        assertTrue(text.contains("Our setting-up-home allowance"), text);
        assertTrue(text.contains("It adds to: Money to set up your first home."), text);
        // the source shown is the provision the young person has it under now (eligible: Sch 2 para 19C)
        assertTrue(text.contains("Where this comes from: Children Act 1989 Sch 2 para 19C\n"), text);
        assertTrue(text.contains("£3,500. Your council decides this amount."), text);
        assertTrue(text.contains("Ask: Northbrook Leaving Care Team"), text);
        assertTrue(text.contains("- Northbrook Leaving Care Team, 01632 960 000, leaving.care@northbrook.example "
                + "(Monday to Friday, 9am to 5pm)"), text);
        assertTrue(text.contains("== What changes in the next 12 months =="), text);
        assertTrue(text.contains("14 May 2026: you start to get \"Help to find work\" on your 18th birthday."), text);
        assertFalse(text.contains("# If you are disabled"), text);
        assertFalse(text.contains("# If you came to the UK on your own"), text);
    }

    @Test
    void theHigherEducationBursaryIsShownAsSetByLaw() {
        EntitlementFacts student = YoungPeople.stayedInCareTo18().inEducationOrTraining(true).inHigherEducation(true)
                .build();
        String text = PlainTextStatement.render(calculator.statement(student, birthday(19), null), english, null,
                null);
        assertTrue(text.contains("we must pay you a bursary of £2,000."), text);
        assertTrue(text.contains("£2,000. The law sets this amount."), text);
    }

    @Test
    void aLanguageWithoutABundleFallsBackToEnglish() {
        EntitlementWords welsh = EntitlementWords.in(Locale.forLanguageTag("cy"));
        assertEquals("Your personal adviser", welsh.heading("adviser", null));
        assertEquals("Getting about", welsh.heading("getting-about", offer));
        assertEquals("21st", welsh.text("ordinal.21"));
    }

    @Test
    void moneyIsWrittenAsPounds() {
        assertEquals("£480 a year", english.money(new java.math.BigDecimal("480"), PaymentFrequency.YEARLY));
        assertEquals("£12.50 a week", english.money(new java.math.BigDecimal("12.5"), PaymentFrequency.WEEKLY));
        assertEquals("£3,000", english.money(new java.math.BigDecimal("3000.00"), PaymentFrequency.ONE_OFF));
    }
}
