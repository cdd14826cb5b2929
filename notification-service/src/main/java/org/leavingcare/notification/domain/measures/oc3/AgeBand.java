package org.leavingcare.notification.domain.measures.oc3;

/** The age bands DfE publishes the care-leaver indicators by. */
public enum AgeBand {
    AGED_17_TO_18(17, 18),
    AGED_19_TO_21(19, 21);

    private final int youngest;
    private final int oldest;

    AgeBand(int youngest, int oldest) {
        this.youngest = youngest;
        this.oldest = oldest;
    }

    public boolean includes(int age) {
        return age >= youngest && age <= oldest;
    }

    public int youngest() {
        return youngest;
    }

    public int oldest() {
        return oldest;
    }
}
