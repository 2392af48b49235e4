package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the membership of a partner rests on (monitoring code list). */
@Schema(description = "What the membership of a partner rests on: CONVENTION (a signed convention), "
        + "SIGNED_COMMITMENT (a signed commitment stating its contribution, as recommendation 2 asks), "
        + "LETTER_OF_SUPPORT, MEMBERSHIP_FEE (pays a fee to the campus structure), LISTED_ONLY (merely listed in "
        + "the application)")
public enum MembershipBasis implements CodeList {
    CONVENTION("Convention"),
    SIGNED_COMMITMENT("Engagement signé"),
    LETTER_OF_SUPPORT("Lettre de soutien"),
    MEMBERSHIP_FEE("Adhésion avec cotisation"),
    LISTED_ONLY("Simplement cité dans le dossier");

    private final String label;

    MembershipBasis(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
