package org.leavingcare.notification.domain.measures;

import java.time.YearMonth;

/** One month of a trend: the period judged (the current month ends after today) and its measures. */
public record TrendPoint(YearMonth month, MeasureReport report) {
}
