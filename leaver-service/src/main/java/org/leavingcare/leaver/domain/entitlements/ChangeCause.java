package org.leavingcare.leaver.domain.entitlements;

/**
 * Why an entitlement starts or ends on a day, in the terms a young person understands: a birthday first
 * ("on your 21st birthday"), then a change of category, then something they told the council.
 *
 * @param age      the birthday, for {@link Kind#BIRTHDAY}
 * @param category the new category, for {@link Kind#CATEGORY}
 */
public record ChangeCause(Kind kind, Integer age, CareLeaverCategory category) {

    public enum Kind {
        BIRTHDAY,
        CATEGORY,
        ADVISER_REQUESTED,
        ADVISER_NO_LONGER_WANTED,
        RETURNING_TO_EDUCATION,
        /** A provision of law comes into force (a commencement date set for a prospective item). */
        COMMENCEMENT
    }

    static ChangeCause birthday(int age) {
        return new ChangeCause(Kind.BIRTHDAY, age, null);
    }

    static ChangeCause category(CareLeaverCategory category) {
        return new ChangeCause(Kind.CATEGORY, null, category);
    }

    static ChangeCause of(Kind kind) {
        return new ChangeCause(kind, null, null);
    }
}
