package org.leavingcare.pathway.service;

import org.leavingcare.pathway.domain.plan.PlanContent;

import java.time.LocalDate;

/** An agreed version of a pathway plan, as kept. */
public record AgreedVersion(int number, LocalDate agreedOn, String agreedBy, PlanContent content) {
}
