package org.leavingcare.leaver.domain.entitlements;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Text a council writes in its local offer, by language tag ({@code "en"}, {@code "cy"}, {@code "pl"}...).
 * English is required, so that every statement has words in the language of the shipped bundle.
 */
public record LocalText(Map<String, String> byLanguage) {

    public static final String ENGLISH = "en";

    public LocalText {
        byLanguage = Map.copyOf(new LinkedHashMap<>(byLanguage));
    }

    public static LocalText english(String text) {
        return new LocalText(Map.of(ENGLISH, text));
    }

    /** The text in {@code locale}'s language, else English. */
    public String in(Locale locale) {
        String text = locale == null ? null : byLanguage.get(locale.getLanguage());
        return text != null ? text : byLanguage.get(ENGLISH);
    }
}
