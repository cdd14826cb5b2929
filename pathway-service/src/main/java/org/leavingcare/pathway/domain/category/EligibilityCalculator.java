package org.leavingcare.pathway.domain.category;

import org.leavingcare.pathway.domain.calendar.StatutoryCalendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.leavingcare.pathway.domain.category.CareLeaverCategory.ELIGIBLE;
import static org.leavingcare.pathway.domain.category.CareLeaverCategory.FORMER_RELEVANT;
import static org.leavingcare.pathway.domain.category.CareLeaverCategory.LOOKED_AFTER;
import static org.leavingcare.pathway.domain.category.CareLeaverCategory.NOT_A_CARE_LEAVER;
import static org.leavingcare.pathway.domain.category.CareLeaverCategory.QUALIFYING;
import static org.leavingcare.pathway.domain.category.CareLeaverCategory.RELEVANT;

/**
 * The care-leaver category from a date of birth, the care episodes and a few facts: rules.md §1.2, day by day,
 * assuming an open episode stays open and nothing else changes.
 */
public final class EligibilityCalculator {

    /** C-3: "13 weeks" is 91 days. */
    static final int THIRTEEN_WEEKS_IN_DAYS = 91;

    /** CAT-4: living with a parent for a continuous period of six months ends relevant-child status. */
    static final int RETURNED_HOME_MONTHS = 6;

    private final StatutoryCalendar calendar;

    public EligibilityCalculator(StatutoryCalendar calendar) {
        this.calendar = calendar;
    }

    public CategoryProjection project(LocalDate dateOfBirth, List<CareEpisode> episodes, CareLeaverFacts facts) {
        return new Projection(dateOfBirth, episodes, facts).run();
    }

    private final class Projection {
        final LocalDate d14;
        final LocalDate d16;
        final LocalDate d18;
        final LocalDate d21;
        final List<CareEpisode> counted;
        final CareLeaverFacts facts;

        Projection(LocalDate dateOfBirth, List<CareEpisode> episodes, CareLeaverFacts facts) {
            this.d14 = calendar.birthday(dateOfBirth, 14);
            this.d16 = calendar.birthday(dateOfBirth, 16);
            this.d18 = calendar.birthday(dateOfBirth, 18);
            this.d21 = calendar.birthday(dateOfBirth, 21);
            // EDGE-1: short breaks (V3, V4) are not "looked after" for the category
            this.counted = episodes.stream().filter(CareEpisode::countsAsLookedAfter)
                    .sorted(Comparator.comparing(CareEpisode::start)).toList();
            this.facts = facts == null ? CareLeaverFacts.NONE : facts;
        }

        CategoryProjection run() {
            LocalDate start = counted.isEmpty() ? d16 : counted.get(0).start();
            LocalDate last = start.isAfter(d21) ? start : d21;
            List<CategorySegment> segments = new ArrayList<>();
            CareLeaverCategory current = null;
            LocalDate currentFrom = null;
            LocalDate eligibilityDate = null;
            for (LocalDate day = start; !day.isAfter(last); day = day.plusDays(1)) {
                CareLeaverCategory category = categoryOn(day);
                if (category == ELIGIBLE && eligibilityDate == null) {
                    eligibilityDate = day;
                }
                if (category != current) {
                    if (current != null) {
                        segments.add(new CategorySegment(current, currentFrom, day));
                    }
                    current = category;
                    currentFrom = day;
                }
            }
            segments.add(new CategorySegment(current, currentFrom, null));
            return new CategoryProjection(segments, eligibilityDate);
        }

        CareLeaverCategory categoryOn(LocalDate t) {
            if (t.isBefore(d16)) {
                return lookedAfterOn(t) ? LOOKED_AFTER : NOT_A_CARE_LEAVER;
            }
            if (t.isBefore(d18)) {
                if (lookedAfterOn(t)) {
                    return eligibleOn(t) ? ELIGIBLE : LOOKED_AFTER;
                }
                if (adoptedBy(t)) {
                    return NOT_A_CARE_LEAVER; // 903 rule 1001
                }
                if (relevantOn(t)) {
                    return RELEVANT;
                }
                return qualifyingOn(t) ? QUALIFYING : NOT_A_CARE_LEAVER;
            }
            if (formerRelevant()) {
                return FORMER_RELEVANT;
            }
            return t.isBefore(d21) && !adoptedBy(d18) && qualifyingOn(t) ? QUALIFYING : NOT_A_CARE_LEAVER;
        }

        boolean lookedAfterOn(LocalDate t) {
            return counted.stream().anyMatch(e -> e.covers(t));
        }

        /**
         * C-3: days looked after on or after the 14th birthday and before {@code until} (exclusive), as the
         * 903 validator counts them: {@code DEC - max(DECOM, DOB + 14y)}.
         */
        long daysLookedAfterSince14(LocalDate until) {
            long days = 0;
            for (CareEpisode e : counted) {
                LocalDate from = e.start().isAfter(d14) ? e.start() : d14;
                LocalDate to = e.end() == null || e.end().isAfter(until) ? until : e.end();
                days += Math.max(0, ChronoUnit.DAYS.between(from, to));
            }
            return days;
        }

        /**
         * CAT-1, Sch 2 para 19B(2): aged 16 or 17, looked after today, and 13 weeks looked after since 14 counting
         * today, which is the "at least one day after the 16th birthday". A child who comes into care after 16 is
         * therefore eligible on the 91st day in care; one in care on the 16th birthday with 91 days already, on it.
         */
        boolean eligibleOn(LocalDate t) {
            return !t.isBefore(d16) && t.isBefore(d18) && lookedAfterOn(t)
                    && daysLookedAfterSince14(t.plusDays(1)) >= THIRTEEN_WEEKS_IN_DAYS;
        }

        /** The last day looked after before {@code t}, or null. */
        LocalDate lastDayLookedAfterBefore(LocalDate t) {
            LocalDate last = null;
            for (CareEpisode e : counted) {
                if (e.start().isBefore(t)) {
                    LocalDate lastDay = e.end() == null || e.end().isAfter(t) ? t.minusDays(1) : e.end().minusDays(1);
                    if (!lastDay.isBefore(e.start()) && (last == null || lastDay.isAfter(last))) {
                        last = lastDay;
                    }
                }
            }
            return last;
        }

        /** 903 rule 1001: care that last ended in adoption (E11, E12) makes no care leaver. */
        boolean adoptedBy(LocalDate t) {
            CareEpisode lastEnded = null;
            for (CareEpisode e : counted) {
                if (e.end() != null && !e.end().isAfter(t) && (lastEnded == null || e.end().isAfter(lastEnded.end()))) {
                    lastEnded = e;
                }
            }
            return lastEnded != null && lastEnded.endedByAdoption() && !lookedAfterOn(t);
        }

        /** CAT-2, CAT-3, CAT-4 (s23A, Care Leavers Regs reg 3): not looked after, aged 16 or 17, and one of the routes. */
        boolean relevantOn(LocalDate t) {
            if (t.isBefore(d16) || !t.isBefore(d18) || lookedAfterOn(t) || adoptedBy(t)) {
                return false;
            }
            // CAT-2, s23A(2)(b): an eligible child before last ceasing to be looked after
            LocalDate lastDay = lastDayLookedAfterBefore(t);
            boolean mainRoute = lastDay != null && eligibleOn(lastDay);
            // CAT-3, EDGE-2, reg 3(2): not under a care order, detained or in hospital on the 16th birthday,
            // with 13 weeks looked after since 14 before that
            boolean detainedRoute = !facts.careOrderAt16() && facts.detainedOrInHospitalOn16thBirthday()
                    && daysLookedAfterSince14(d16) >= THIRTEEN_WEEKS_IN_DAYS;
            return (mainRoute || detainedRoute) && !returnedHomeOn(t);
        }

        /**
         * CAT-4, EDGE-4: six continuous months living with a parent (begun before or after leaving care) ends
         * relevant status; a breakdown of the arrangement restores it from that day.
         */
        boolean returnedHomeOn(LocalDate t) {
            LocalDate since = facts.livedWithParentSince();
            if (since == null) {
                return false;
            }
            LocalDate sixMonths = StatutoryCalendar.addMonths(since, RETURNED_HOME_MONTHS);
            LocalDate brokeDown = facts.arrangementBrokeDownOn();
            return !t.isBefore(sixMonths) && (brokeDown == null || t.isBefore(brokeDown));
        }

        /**
         * CAT-5, s23C(1): from 18, a relevant child on the day before the 18th birthday, or an eligible child looked
         * after on that day.
         */
        boolean formerRelevant() {
            LocalDate dayBefore18 = d18.minusDays(1);
            return eligibleOn(dayBefore18) || relevantOn(dayBefore18);
        }

        /**
         * CAT-10, s24(1B): under 21 and, after 16 but while still a child, was but no longer is looked after;
         * CAT-9, s24(1A): from 16 to 21 after care ended by a special guardianship order.
         */
        boolean qualifyingOn(LocalDate t) {
            if (!t.isBefore(d21) || t.isBefore(d16)) {
                return false;
            }
            LocalDate endOfChildhood = t.isBefore(d18) ? t : d18;
            boolean lookedAfterSince16 = counted.stream().anyMatch(e -> e.start().isBefore(endOfChildhood)
                    && (e.end() == null || e.end().isAfter(d16)));
            boolean specialGuardianship = counted.stream().anyMatch(CareEpisode::endedBySpecialGuardianship);
            return lookedAfterSince16 || specialGuardianship;
        }
    }
}
