package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the membership of a partner rests on (monitoring code list). */
@Schema(description = "What the membership of a partner rests on: CONVENTION (a signed convention), "
        + "SIGNED_COMMITMENT (a signed commitment stating its contribution, as recommendation 2 asks), "
        + "LETTER_OF_SUPPORT, MEMBERSHIP_FEE (pays a fee to the campus structure), LISTED_ONLY (merely listed in "
        + "the application)")
public enum MembershipBasis implements CodeList {
    @Label("Convention") CONVENTION,
    @Label("Engagement signé") SIGNED_COMMITMENT,
    @Label("Lettre de soutien") LETTER_OF_SUPPORT,
    @Label("Adhésion avec cotisation") MEMBERSHIP_FEE,
    @Label("Simplement cité dans le dossier") LISTED_ONLY
}
