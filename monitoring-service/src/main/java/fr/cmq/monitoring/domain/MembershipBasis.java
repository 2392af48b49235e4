package fr.cmq.monitoring.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the membership of a partner rests on: CONVENTION (a signed convention), "
        + "SIGNED_COMMITMENT (a signed commitment stating its contribution, as recommendation 2 asks), "
        + "LETTER_OF_SUPPORT, MEMBERSHIP_FEE (pays a fee to the campus structure), LISTED_ONLY (merely listed in "
        + "the application)")
public enum MembershipBasis {
    CONVENTION, SIGNED_COMMITMENT, LETTER_OF_SUPPORT, MEMBERSHIP_FEE, LISTED_ONLY
}
