package org.leavingcare.leaver.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.leaver.domain.Category;
import org.leavingcare.leaver.domain.CategorySegment;
import org.leavingcare.leaver.domain.YoungPersonFacts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored young person as the domain rules read them: pathway-service's facts, its category timeline
 * (kept as the JSON pathway-service sent) and leaver-service's own facts.
 */
@ApplicationScoped
public class YoungPersonFactsReader {

    @Inject
    ObjectMapper mapper;

    public YoungPersonFacts facts(YoungPerson p) {
        return new YoungPersonFacts(p.dateOfBirth, p.team, p.disabled, p.uasc, p.complexNeeds, p.inCustody, p.parent,
                List.of(p.languages), timeline(p.categoryTimeline));
    }

    /** pathway-service's timeline; segments with a category or date this service cannot read are left out. */
    public List<CategorySegment> timeline(String json) {
        List<CategorySegment> segments = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return segments;
        }
        try {
            JsonNode array = mapper.readTree(json);
            for (JsonNode node : array) {
                Category category = Category.parse(node.path("category").asText(null));
                LocalDate from = date(node.path("from"));
                if (category != null && from != null) {
                    segments.add(new CategorySegment(category, from, date(node.path("until"))));
                }
            }
        } catch (Exception e) {
            return List.of();
        }
        return segments;
    }

    /** A date as pathway-service writes it (ISO 8601); {@code null} when absent or unreadable. */
    public static LocalDate date(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || !node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
