package fr.cmq.labelling.domain;

import java.time.Instant;

/**
 * One step of a label's life: the application it concerns (with its call's code) and the record the
 * step wrote: the opinion, the decision, or the withdrawal (null when the step is another).
 */
public record LabelStep(Instant recordedAt, LabelStepType type, Application application, String callCode,
                        Opinion opinion, LabelDecision decision, LabelWithdrawal withdrawal) {

    /**
     * The short summary of the step that the history has always carried, in French (kept for the clients that
     * show it; the codes and dates it repeats are also given as such): the application's kind, the opinion's
     * stars or outcome with its body and date, the decision's legal act and dates, the withdrawal's act and date.
     */
    public String summary() {
        return switch (type) {
            case APPLICATION_SUBMITTED -> application.kind.name();
            case OPINION_ISSUED -> (opinion.stars != null ? opinion.stars + " étoile(s)" : opinion.outcome.name())
                    + " - " + opinion.issuingBody + " - " + opinion.issuedOn;
            case LABEL_GRANTED, LABEL_REFUSED -> decision.legalActReference + (decision.startDate == null ? ""
                    : " - " + decision.startDate + " + " + decision.durationYears + " an(s)");
            case LABEL_WITHDRAWN -> withdrawal.legalActReference + " - " + withdrawal.withdrawnOn;
        };
    }

    public static LabelStep submitted(Application application, String callCode) {
        return new LabelStep(application.submittedAt, LabelStepType.APPLICATION_SUBMITTED, application, callCode,
                null, null, null);
    }

    public static LabelStep opinion(Application application, String callCode, Opinion opinion) {
        return new LabelStep(opinion.createdAt(), LabelStepType.OPINION_ISSUED, application, callCode, opinion,
                null, null);
    }

    public static LabelStep decided(Application application, String callCode, LabelDecision decision) {
        return new LabelStep(decision.createdAt(), decision.granted() ? LabelStepType.LABEL_GRANTED
                : LabelStepType.LABEL_REFUSED, application, callCode, null, decision, null);
    }

    public static LabelStep withdrawn(Application application, String callCode, LabelWithdrawal withdrawal) {
        return new LabelStep(withdrawal.createdAt(), LabelStepType.LABEL_WITHDRAWN, application, callCode, null,
                null, withdrawal);
    }
}
