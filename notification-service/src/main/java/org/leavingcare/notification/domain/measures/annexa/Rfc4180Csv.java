package org.leavingcare.notification.domain.measures.annexa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them: records end in CRLF, and a field holding a comma, a
 * double quote, a CR or an LF is enclosed in double quotes with each inner quote doubled. {@code null}
 * is written as an empty field.
 */
public final class Rfc4180Csv {

    private static final String CRLF = "\r\n";

    private Rfc4180Csv() {
    }

    public static void writeRecord(Appendable out, List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(fields.get(i)));
            }
            out.append(CRLF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
