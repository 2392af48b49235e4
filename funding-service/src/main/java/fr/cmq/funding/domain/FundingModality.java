package fr.cmq.funding.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Recommendation 9 prefers funding granted before spending (ex-ante) to reimbursement after it (ex-post). */
@Schema(description = "EX_ANTE: granted before the spending (subsidy at the start of the year);"
        + " EX_POST: reimbursed after the spending, on a claim")
public enum FundingModality implements Labelled {
    EX_ANTE("Ex ante (subvention avant la dépense)"),
    EX_POST("Ex post (remboursement après la dépense)");

    private final String label;

    FundingModality(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
