package org.leavingcare.leaver.domain.entitlements;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Loads the statutory catalogue ({@code entitlements/catalogue.json}, schema in
 * {@code entitlements/catalogue.schema.json}) and refuses it, with every problem found, unless: each item
 * has a unique id, a heading, at least one route and one source, and a verification tag on each source and
 * route; each route's ages are consistent with its categories; an amount is never unconfirmed, and a
 * statutory amount rests on primary text that was read; and the English message bundle has a title and a
 * description for every item. Loading fails at start-up rather than a statement telling a young person
 * something unsourced.
 */
public final class CatalogueLoader {

    public static final String CATALOGUE_RESOURCE = "entitlements/catalogue.json";
    public static final String MESSAGES_BUNDLE = "entitlements.messages";
    static final int SCHEMA_VERSION = 1;
    private static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private CatalogueLoader() {
    }

    /** The catalogue shipped with the service, checked against the shipped English bundle. */
    public static EntitlementCatalogue shipped(Map<String, LocalDate> commencements) {
        ClassLoader loader = CatalogueLoader.class.getClassLoader();
        try (InputStream json = loader.getResourceAsStream(CATALOGUE_RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(CATALOGUE_RESOURCE + " is not on the classpath");
            }
            return load(json, EntitlementWords.englishBundle(), commencements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param english      the English (base) message bundle the catalogue's words are in
     * @param commencements commencement dates for items not yet in force, by item id (configuration wins over
     *                     the catalogue's own {@code inForceFrom})
     */
    public static EntitlementCatalogue load(InputStream json, ResourceBundle english,
                                            Map<String, LocalDate> commencements) {
        List<DocumentProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InvalidDocumentException("The catalogue",
                    List.of(new DocumentProblem("", "is not valid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()))));
        }
        JsonFields document = JsonFields.of(root, "", problems);
        if (document == null) {
            throw new InvalidDocumentException("The catalogue", problems);
        }
        Integer schemaVersion = document.integer("schemaVersion", true, 1, 1000);
        if (schemaVersion != null && schemaVersion != SCHEMA_VERSION) {
            document.problem("schemaVersion", "must be " + SCHEMA_VERSION);
        }
        String version = document.text("version", true);
        List<Entitlement> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> nodes = document.array("items", true);
        for (int i = 0; i < nodes.size(); i++) {
            Entitlement item = item(JsonFields.of(nodes.get(i), "/items/" + i, problems), ids, english,
                    commencements);
            if (item != null) {
                items.add(item);
            }
        }
        document.finish();
        for (String id : commencements.keySet()) {
            boolean prospective = items.stream()
                    .anyMatch(item -> item.id().equals(id) && item.legalStatus() == LegalStatus.NOT_YET_IN_FORCE);
            if (!prospective) {
                problems.add(new DocumentProblem("", "a commencement date is configured for " + id
                        + ", which is not an item that is not yet in force"));
            }
        }
        for (StatementHeading heading : StatementHeading.values()) {
            requireWords(english, "heading." + heading.key(), "", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException("The catalogue", problems);
        }
        return new EntitlementCatalogue(version, items);
    }

    private static Entitlement item(JsonFields item, Set<String> ids, ResourceBundle english,
                                    Map<String, LocalDate> commencements) {
        if (item == null) {
            return null;
        }
        int before = item.problems().size();
        String id = item.text("id", true);
        if (id != null && !id.matches(ID_PATTERN)) {
            item.problem("id", "must be lower-case words joined by hyphens");
        } else if (id != null && !ids.add(id)) {
            item.problem("id", "is not unique: " + id);
        }
        String headingKey = item.text("heading", true);
        StatementHeading heading = headingKey == null ? null : StatementHeading.ofKey(headingKey);
        if (headingKey != null && heading == null) {
            item.problem("heading", "must be one of the statement headings "
                    + java.util.Arrays.stream(StatementHeading.values()).map(StatementHeading::key).toList());
        }
        LegalStatus legalStatus = item.enumValue("legalStatus", LegalStatus.class, true);
        LocalDate inForceFrom = item.date("inForceFrom", false);
        if (id != null && commencements.containsKey(id)) {
            inForceFrom = commencements.get(id);
        }
        List<EligibilityRoute> routes = EligibilityReader.routes(item, "routes", true);
        List<LegalSource> sources = sources(item);
        StatutoryAmount amount = amount(item, sources);
        String notes = item.text("notes", false);
        item.finish();
        if (id != null) {
            String where = item.pointer();
            requireWords(english, "item." + id + ".title", where, item.problems());
            String description = requireWords(english, "item." + id + ".description", where, item.problems());
            boolean pounds = amount != null && amount.pounds() != null;
            if (description != null && description.contains("{amount}") && !pounds) {
                item.problem(null, "its description shows {amount} but the item has no amount in pounds");
            }
        }
        if (item.problems().size() != before) {
            return null;
        }
        return new Entitlement(id, heading, legalStatus, inForceFrom, routes, sources, amount, notes);
    }

    private static List<LegalSource> sources(JsonFields item) {
        List<LegalSource> sources = new ArrayList<>();
        List<JsonNode> nodes = item.array("sources", true);
        if (nodes.isEmpty()) {
            item.problem("sources", "must list at least one source");
        }
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields source = JsonFields.of(nodes.get(i), item.at("sources") + "/" + i, item.problems());
            if (source == null) {
                continue;
            }
            SourceKind kind = source.enumValue("kind", SourceKind.class, true);
            String citation = source.text("citation", true);
            String url = link(source, "url");
            String evidence = link(source, "evidence");
            Verification tag = source.enumValue("tag", Verification.class, true);
            if (tag == Verification.L) {
                source.problem("tag", "L (local policy) is for a local offer, not the statutory catalogue");
            }
            if (tag == Verification.S && evidence == null) {
                source.problem("evidence", "is required for a [S] source: the secondary source that was read");
            }
            source.finish();
            if (kind != null && citation != null && tag != null) {
                sources.add(new LegalSource(kind, citation, url, evidence, tag));
            }
        }
        return sources;
    }

    private static String link(JsonFields source, String field) {
        String url = source.text(field, false);
        if (url != null && !url.matches("https?://\\S+")) {
            source.problem(field, "must be an http or https address");
            return null;
        }
        return url;
    }

    private static StatutoryAmount amount(JsonFields item, List<LegalSource> sources) {
        JsonFields amount = item.object("amount", false);
        if (amount == null) {
            return null;
        }
        AmountStatus status = amount.enumValue("amountStatus", AmountStatus.class, true);
        java.math.BigDecimal pounds = amount.pounds("pounds", status != null && status != AmountStatus.LOCAL);
        PaymentFrequency frequency = amount.enumValue("frequency", PaymentFrequency.class, pounds != null);
        LocalDate since = amount.date("since", false);
        Verification tag = amount.enumValue("tag", Verification.class, true);
        amount.finish();
        if (status == AmountStatus.LOCAL && pounds != null) {
            amount.problem("pounds", "a LOCAL amount has no pounds in the catalogue: the local offer gives them");
        }
        if (tag == Verification.U || tag == Verification.L) {
            // never present an unconfirmed amount as law: it is left out until a source is read
            amount.problem("tag", "an amount must be confirmed ([V] or [S]); leave an unconfirmed amount out");
        }
        if (status == AmountStatus.STATUTORY) {
            boolean readPrimary = sources.stream().anyMatch(s -> s.tag() == Verification.V
                    && (s.kind() == SourceKind.ACT || s.kind() == SourceKind.REGULATIONS));
            if (tag != Verification.V || !readPrimary) {
                amount.problem("amountStatus", "a STATUTORY amount needs tag V and an act or regulations read [V]");
            }
        }
        if (status == null || tag == null) {
            return null;
        }
        return new StatutoryAmount(pounds, status, frequency, since, tag);
    }

    private static String requireWords(ResourceBundle bundle, String key, String where, List<DocumentProblem> problems) {
        try {
            String words = bundle.getString(key);
            if (!words.isBlank()) {
                return words;
            }
        } catch (MissingResourceException e) {
            // reported below
        }
        problems.add(new DocumentProblem(where, "the English message bundle has no text for " + key));
        return null;
    }
}
