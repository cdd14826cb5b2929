package org.leavingcare.leaver.model;

/** How the local offer and rights were explained. */
public enum ExplanationMethod {
    BOOKLET, CONVERSATION, APP
}
