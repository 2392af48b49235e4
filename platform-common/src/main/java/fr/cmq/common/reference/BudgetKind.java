package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A year's budget is either the forecast voted beforehand or the executed one; both may exist (funding code
 * list).
 */
@Schema(description = "FORECAST: the budget planned for the year (budget prévisionnel); EXECUTED: what was"
        + " actually spent and received (budget exécuté)")
public enum BudgetKind implements CodeList {
    @Label("Budget prévisionnel") FORECAST,
    @Label("Budget exécuté") EXECUTED
}
