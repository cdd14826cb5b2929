package org.leavingcare.platform.json;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextRulesTest {

    @ParameterizedTest(name = "[{0}] text {1}, line {2}")
    @CsvSource({
            // code points as Java escapes: text accepted in a multi-line field, and on a single line
            "'plain words',            true,  true",
            "'tab\\tseparated',        true,  true",
            "'two\\nlines',            true,  false",
            "'windows\\r\\nlines',     true,  false",
            "'nul\\u0000',             false, false",
            "'bell\\u0007',            false, false",
            "'escape\\u001b[0m',       false, false",
            "'delete\\u007f',          false, false",
            "'c1\\u0085',              false, false",
            "'emoji \\ud83d\\ude00',   true,  true",
            "'lone high \\ud800',      false, false",
            "'lone low \\udc00 here',  false, false",
            "'reversed \\udc00\\ud800', false, false",
            "'accents é ü ß',          true,  true",
    })
    void textMayHoldAnyCharacterButControlsAndLoneSurrogates(String escaped, boolean text, boolean line) {
        String value = unescape(escaped);
        assertEquals(text, TextRules.acceptable(value));
        assertEquals(line, TextRules.acceptableLine(value));
    }

    @ParameterizedTest
    @CsvSource({
            "'/young-people/A\\u0000', '/young-people/A\\ufffd'",
            "'/a\\ud800b',              '/a\\ufffdb'",
            "'/plain',                  '/plain'",
            "'/emoji\\ud83d\\ude00',    '/emoji\\ud83d\\ude00'",
    })
    void aRefusedPathIsRecordedWithReplacementCharacters(String escaped, String expected) {
        assertEquals(unescape(expected), TextRules.printable(unescape(escaped)));
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 't' -> out.append('\t');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
