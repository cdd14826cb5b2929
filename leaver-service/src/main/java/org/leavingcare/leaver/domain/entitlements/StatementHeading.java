package org.leavingcare.leaver.domain.entitlements;

/**
 * The headings of a statement, in the order a young person reads them. The words are in the message
 * bundle under {@code heading.<key>}.
 */
public enum StatementHeading {
    ADVISER("adviser"),
    MONEY("money"),
    HOME("home"),
    EDUCATION_AND_WORK("education-and-work"),
    HEALTH("health"),
    DISABLED("disabled"),
    UASC("uasc"),
    HAVING_YOUR_SAY("having-your-say"),
    RECORDS("records");

    private final String key;

    StatementHeading(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The heading with this key, or {@code null}. */
    public static StatementHeading ofKey(String key) {
        for (StatementHeading h : values()) {
            if (h.key.equals(key)) {
                return h;
            }
        }
        return null;
    }
}
