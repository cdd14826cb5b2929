package org.leavingcare.leaver.domain;

/** How a personal adviser was, or tried to be, in touch (PA-8 records the contact type). */
public enum ContactKind {
    FACE_TO_FACE, PHONE, VIDEO, MESSAGE
}
