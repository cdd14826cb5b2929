package org.leavingcare.notification.domain.measures.oc3;

/**
 * The DfE care-leaver indicators for one group (docs/measures.md §4): every count is of the cohort, and
 * every rate is a fraction of the whole cohort ({@code null} for an empty one), as DfE publishes them:
 * those not in touch or with no information stay in the denominator.
 */
public record Oc3Tally(int cohort, int inTouch, int notInTouch, int refusesContact, int noLongerRequiresServices,
                       int inTouchNotKnown, int inEducationEmploymentOrTraining, int notInEducationEmploymentOrTraining,
                       int activityNotKnown, int suitableAccommodation, int unsuitableAccommodation,
                       int accommodationNotKnown) {

    public Double inTouchRate() {
        return rate(inTouch);
    }

    public Double educationEmploymentOrTrainingRate() {
        return rate(inEducationEmploymentOrTraining);
    }

    public Double suitableAccommodationRate() {
        return rate(suitableAccommodation);
    }

    /**
     * Suitable as a share of those whose accommodation is known: the older presentation ("of those the
     * authority was in touch with", e.g. NAO / Public Accounts Committee 2015), not the published rate.
     */
    public Double suitableAmongKnownRate() {
        int known = suitableAccommodation + unsuitableAccommodation;
        return known == 0 ? null : (double) suitableAccommodation / known;
    }

    private Double rate(int count) {
        return cohort == 0 ? null : (double) count / cohort;
    }
}
