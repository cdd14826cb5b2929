package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.repository.PersonalAdviser;

import java.util.List;

@Schema(name = "PersonalAdviser", example = """
        {"id": "pa-7", "name": "Sam Adviser", "team": "north", "capacity": 20, "languages": ["en", "ar"],
         "specialisms": ["disability"], "active": true, "version": 0}""")
public record AdviserView(String id, String name, String team, int capacity, List<String> languages,
                          List<String> specialisms, boolean active, long version) {

    public static AdviserView of(PersonalAdviser a) {
        return new AdviserView(a.id, a.name, a.team, a.capacity, List.of(a.languages), List.of(a.specialisms), a.active,
                a.version);
    }
}
