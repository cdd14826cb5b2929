package org.leavingcare.pathway.service;

import java.time.LocalDate;

/** PP-9: the young person's part in the plan, their views, agreement and signature (or why not); the day defaults to today. */
public record YoungPersonResponse(LocalDate respondedOn, boolean tookPart, String views, boolean agrees, boolean signed,
                                  String declinedToSignReason) {
}
