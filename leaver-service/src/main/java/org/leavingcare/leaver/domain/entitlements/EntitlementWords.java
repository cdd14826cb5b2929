package org.leavingcare.leaver.domain.entitlements;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of a statement in one language, from the message bundle {@code entitlements/messages*.properties}
 * (English is the base bundle; another language is one more file, {@code messages_cy.properties}, with no
 * code change, and any key it lacks falls back to English). A council's own items bring their words in the
 * local offer. Placeholders are written {@code {name}}, not MessageFormat's, so that a translator can write
 * an apostrophe without doubling it.
 */
public final class EntitlementWords {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private EntitlementWords(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The base (English) bundle, whatever the machine's default locale. */
    public static ResourceBundle englishBundle() {
        return ResourceBundle.getBundle(CatalogueLoader.MESSAGES_BUNDLE, Locale.ROOT, NO_DEFAULT_LOCALE);
    }

    public static EntitlementWords in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(CatalogueLoader.MESSAGES_BUNDLE, locale, NO_DEFAULT_LOCALE);
        return new EntitlementWords(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with each {@code {name}} replaced by its value. */
    public String text(String key, Map<String, String> values) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing key must not break a statement: show the key, which a test of the bundle would catch
            text = key;
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    public String text(String key) {
        return text(key, Map.of());
    }

    public String heading(String key, LocalOffer offer) {
        StatementHeading heading = StatementHeading.ofKey(key);
        if (heading != null) {
            return text("heading." + heading.key());
        }
        if (offer != null) {
            LocalOfferHeading own = offer.heading(key).orElse(null);
            if (own != null && own.title() != null) {
                return own.title().in(locale);
            }
        }
        return text("heading.other");
    }

    public String title(OfferedItem item) {
        if (item instanceof Entitlement statutory) {
            return text(statutory.titleKey());
        }
        return ((LocalOfferItem) item).title().in(locale);
    }

    public String description(OfferedItem item) {
        if (item instanceof Entitlement statutory) {
            return text(statutory.descriptionKey(), Map.of("amount", amountOnly(statutory)));
        }
        return ((LocalOfferItem) item).description().in(locale);
    }

    /** The amount and who sets it ("£2,000. The law sets this amount."), or {@code null} when there is none. */
    public String amount(OfferedItem item) {
        if (item instanceof Entitlement statutory) {
            StatutoryAmount amount = statutory.amount();
            if (amount == null) {
                return null;
            }
            String status = text("amount-status." + amount.status());
            return amount.pounds() == null ? status : amountOnly(statutory) + ". " + status;
        }
        LocalAmount amount = ((LocalOfferItem) item).amount();
        return amount == null ? null
                : money(amount.pounds(), amount.frequency()) + ". " + text("amount-status.LOCAL_OFFER");
    }

    private String amountOnly(Entitlement statutory) {
        StatutoryAmount amount = statutory.amount();
        if (amount == null || amount.pounds() == null) {
            return "";
        }
        return money(amount.pounds(), amount.frequency());
    }

    String money(BigDecimal pounds, PaymentFrequency frequency) {
        DecimalFormat format = new DecimalFormat(pounds.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.UK));
        String amount = text("money", Map.of("pounds", format.format(pounds)));
        String per = text("frequency." + frequency);
        return per.isBlank() ? amount : amount + " " + per;
    }

    public String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern(text("date-pattern"), locale));
    }

    /** "on your 21st birthday", "when you become a former relevant child", "when you asked for an adviser". */
    public String cause(ChangeCause cause) {
        return switch (cause.kind()) {
            case BIRTHDAY -> text("cause.BIRTHDAY", Map.of("ordinal", text("ordinal." + cause.age())));
            case CATEGORY -> text("cause.CATEGORY",
                    Map.of("category", text("category." + (cause.category() == null ? "NONE" : cause.category()))));
            default -> text("cause." + cause.kind());
        };
    }
}
