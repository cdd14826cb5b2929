package org.leavingcare.platform.correlation;

import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id that follows one action through every service (docs/access-and-audit.md): taken from the
 * request's {@code X-Correlation-Id} when well-formed, else made; in every log line ({@code %X{correlationId}}),
 * on every response, in every audit row, and passed on to the services this one calls.
 */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";

    /** The key in the logging context (the log format prints it). */
    public static final String MDC_KEY = "correlationId";

    /** What a well-formed id looks like. */
    public static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private CorrelationIds() {
    }

    /** {@code given} if well-formed, else a new id. */
    public static String accept(String given) {
        return given != null && FORM.matcher(given).matches() ? given : fresh();
    }

    public static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** The id of the current request or batch (from the logging context), or {@code none}. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id instanceof String s && !s.isEmpty() ? s : "none";
    }

    /** Starts a piece of background work (a feed batch, a sweep) under a new id; returns it. */
    public static String begin() {
        String id = fresh();
        MDC.put(MDC_KEY, id);
        return id;
    }

    /** Ends the background work started by {@link #begin()}. */
    public static void end() {
        MDC.remove(MDC_KEY);
    }
}
