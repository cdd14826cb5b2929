package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Works out a young person's statement: what applies today, and what starts or ends within the look-ahead
 * (12 months by default) with the day it happens. An item can only change on a day something changes: a
 * birthday named by a route, the start or end of a category period, a dated fact, or a commencement date.
 * So the calculator evaluates each item on today and on each of those days, never day by day.
 */
public final class StatementCalculator {

    /** "Within the next 12 months": a change exactly 12 months ahead is included. */
    public static final Period DEFAULT_LOOK_AHEAD = Period.ofMonths(12);

    private final EntitlementCatalogue catalogue;
    private final Birthdays birthdays;
    private final Period lookAhead;

    public StatementCalculator(EntitlementCatalogue catalogue, Birthdays birthdays, Period lookAhead) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.birthdays = Objects.requireNonNull(birthdays, "birthdays");
        this.lookAhead = Objects.requireNonNull(lookAhead, "lookAhead");
        if (lookAhead.isNegative() || lookAhead.isZero()) {
            throw new IllegalArgumentException("lookAhead must be positive");
        }
    }

    public StatementCalculator(EntitlementCatalogue catalogue, Birthdays birthdays) {
        this(catalogue, birthdays, DEFAULT_LOOK_AHEAD);
    }

    public EntitlementCatalogue catalogue() {
        return catalogue;
    }

    /**
     * @param offer the council's local offer in force today, or {@code null} when it has none
     */
    public EntitlementStatement statement(EntitlementFacts facts, LocalDate today, LocalOffer offer) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(today, "today");
        LocalDate until = today.plus(lookAhead);
        List<OfferedItem> items = new ArrayList<>(catalogue.items());
        if (offer != null) {
            items.addAll(offer.items());
        }
        TreeSet<LocalDate> changeDays = changeDays(facts, items, today, until);

        List<StatementEntry> owed = new ArrayList<>();
        List<EntitlementChange> changes = new ArrayList<>();
        for (OfferedItem item : items) {
            List<EligibilityRoute> routesToday = item.routesOn(facts, today, birthdays);
            boolean applies = !routesToday.isEmpty();
            LocalDate endsOn = null;
            for (LocalDate day : changeDays) {
                boolean appliesThen = !item.routesOn(facts, day, birthdays).isEmpty();
                if (appliesThen != applies) {
                    if (!appliesThen && endsOn == null && !routesToday.isEmpty()) {
                        endsOn = day;
                    }
                    changes.add(new EntitlementChange(day, item,
                            appliesThen ? EntitlementChange.Direction.STARTS : EntitlementChange.Direction.ENDS,
                            cause(facts, item, day)));
                    applies = appliesThen;
                }
            }
            if (!routesToday.isEmpty()) {
                owed.add(new StatementEntry(item, routesToday, endsOn));
            }
        }
        HeadingOrder order = new HeadingOrder(offer);
        owed.sort(Comparator.comparingInt((StatementEntry e) -> order.rank(e.item().heading()))
                .thenComparing(e -> e.item().origin()));
        changes.sort(Comparator.comparing(EntitlementChange::on)
                .thenComparingInt(c -> order.rank(c.item().heading()))
                .thenComparing(c -> c.item().origin()));
        return new EntitlementStatement(today, until, catalogue.version(), offer == null ? null : offer.version(),
                owed, changes);
    }

    private TreeSet<LocalDate> changeDays(EntitlementFacts facts, List<OfferedItem> items, LocalDate today,
                                          LocalDate until) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (OfferedItem item : items) {
            for (EligibilityRoute route : item.routes()) {
                if (route.fromAge() != null) {
                    days.add(birthdays.birthday(facts.dateOfBirth(), route.fromAge()));
                }
                if (route.untilAge() != null) {
                    days.add(birthdays.birthday(facts.dateOfBirth(), route.untilAge()));
                }
            }
            if (item.appliesFrom() != null && !item.appliesFrom().equals(LocalDate.MAX)) {
                days.add(item.appliesFrom());
            }
        }
        for (CategoryPeriod period : facts.timeline()) {
            days.add(period.from());
            if (period.until() != null) {
                days.add(period.until());
            }
        }
        for (EntitlementFacts.DatedFact fact : facts.datedFacts()) {
            days.add(fact.on());
        }
        return new TreeSet<>(days.subSet(today, false, until, true));
    }

    /** Why {@code item} changes on {@code day}, in the terms a young person understands best. */
    private ChangeCause cause(EntitlementFacts facts, OfferedItem item, LocalDate day) {
        int years = day.getYear() - facts.dateOfBirth().getYear();
        for (int age = years - 1; age <= years + 1; age++) {
            if (age > 0 && birthdays.birthday(facts.dateOfBirth(), age).equals(day)) {
                return ChangeCause.birthday(age);
            }
        }
        CareLeaverCategory now = facts.categoryOn(day);
        if (now != facts.categoryOn(day.minusDays(1))) {
            return ChangeCause.category(now);
        }
        for (EntitlementFacts.DatedFact fact : facts.datedFacts()) {
            if (fact.on().equals(day)) {
                return ChangeCause.of(fact.kind());
            }
        }
        return ChangeCause.of(ChangeCause.Kind.COMMENCEMENT);
    }

    /** Statement headings first, in their order, then the council's own headings in the order it gives them. */
    private static final class HeadingOrder {
        private final List<String> keys = new ArrayList<>();

        HeadingOrder(LocalOffer offer) {
            for (StatementHeading heading : StatementHeading.values()) {
                keys.add(heading.key());
            }
            if (offer != null) {
                for (LocalOfferHeading heading : offer.headings()) {
                    if (!keys.contains(heading.id())) {
                        keys.add(heading.id());
                    }
                }
            }
        }

        int rank(String key) {
            int rank = keys.indexOf(key);
            return rank < 0 ? keys.size() : rank;
        }
    }
}
