package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Recommendation 9 prefers funding granted before spending (ex-ante) to reimbursement after it (ex-post); funding
 * code list. The label is the report's term (« financement ex-ante / ex-post », [110] and recommendation 9);
 * {@link #detailedLabel()} adds what it means, for forms and reference lists.
 */
@Schema(description = "EX_ANTE: granted before the spending (subsidy at the start of the year);"
        + " EX_POST: reimbursed after the spending, on a claim")
public enum FundingModality implements CodeList {
    @Label("Financement ex-ante") EX_ANTE("subvention avant la dépense"),
    @Label("Financement ex-post") EX_POST("remboursement après la dépense");

    private final String meaning;

    FundingModality(String meaning) {
        this.meaning = meaning;
    }

    /** The label with what the modality means, e.g. "Financement ex-ante (subvention avant la dépense)". */
    public String detailedLabel() {
        return label() + " (" + meaning + ")";
    }
}
