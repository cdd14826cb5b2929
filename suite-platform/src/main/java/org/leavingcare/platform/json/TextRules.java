package org.leavingcare.platform.json;

/**
 * What a text value may hold, in a body, a query parameter or a header: no control characters but tab and
 * line breaks (NUL above all, which PostgreSQL cannot store, and the rest, which no case record needs and
 * which break logs, CSV exports and printed pages), and no unpaired UTF-16 surrogate (not a character at all;
 * PostgreSQL refuses it as UTF-8). A carriage return counts as a line break: records exported from Windows
 * systems end their lines with CR LF.
 */
public final class TextRules {

    /** What a client is told of a refused text. */
    public static final String MESSAGE = "must not contain control characters (other than tab and line breaks)"
            + " or unpaired surrogates";

    private TextRules() {
    }

    /** Whether {@code text} is acceptable in a multi-line text field. */
    public static boolean acceptable(String text) {
        return problemAt(text, true) < 0;
    }

    /** Whether {@code text} is acceptable as a single line (query parameters, headers, identifiers). */
    public static boolean acceptableLine(String text) {
        return problemAt(text, false) < 0;
    }

    /** The index of the first character refused, or -1. */
    static int problemAt(String text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
            if (Character.isISOControl(c) && !(c == '\t' || (lineBreaks && (c == '\n' || c == '\r')))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code text} with every refused character replaced by U+FFFD, for recording what a refused request
     * asked for (an audit row's path) without storing what PostgreSQL cannot hold.
     */
    public static String printable(String text) {
        if (text == null || problemAt(text, false) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Thrown by the JSON reader for a refused text; its message is {@link #MESSAGE}. */
    public static final class RefusedText extends RuntimeException {
        public RefusedText() {
            super(MESSAGE, null, false, false);
        }
    }
}
