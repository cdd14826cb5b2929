package org.leavingcare.leaver.domain;

/** How the local offer and rights were explained. */
public enum ExplanationMethod {
    BOOKLET, CONVERSATION, APP
}
