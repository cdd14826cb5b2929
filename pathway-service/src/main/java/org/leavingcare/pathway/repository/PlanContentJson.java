package org.leavingcare.pathway.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.pathway.domain.plan.PlanContent;

/** A plan's content as stored in {@code pathway_plan.content} and {@code pathway_plan_version.content}: JSON text. */
@ApplicationScoped
public class PlanContentJson {

    @Inject
    ObjectMapper json;

    public PlanContent read(String text) {
        try {
            return json.readValue(text, PlanContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored plan content unreadable", e);
        }
    }

    public String write(PlanContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan content not serialisable", e);
        }
    }
}
