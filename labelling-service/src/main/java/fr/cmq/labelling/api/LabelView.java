package fr.cmq.labelling.api;

import fr.cmq.common.reference.ApplicationKind;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.rules.LabelFacts;
import fr.cmq.labelling.domain.CampusLabel;
import fr.cmq.labelling.domain.LabelStep;
import fr.cmq.labelling.domain.LabelStepType;
import fr.cmq.labelling.domain.LabelWithdrawal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A campus's label: status on the day asked, the current grant, its opinion, and the whole history. */
@Schema(description = "The label of a campus. Status follows the calendar: LABELLED until one year before expiry, "
        + "RENEWAL_DUE in that last year, EXPIRED from the expiry date (start + duration) on.")
public record LabelView(UUID campusId, LabelStatus status, LocalDate asOf, LocalDate startDate, LocalDate expiryDate,
                        Integer durationYears, String callCode, String legalActReference, LocalDate withdrawnOn,
                        ApplicationView.OpinionView opinion, UUID pendingApplicationId, List<HistoryEntry> history) {

    public static LabelView of(CampusLabel label) {
        LabelFacts dates = label.facts();
        return new LabelView(label.campusId(), label.status(), label.asOf(), dates.startDate(), dates.expiryDate(),
                label.grant() == null ? null : label.grant().durationYears, label.grantCallCode(),
                label.grant() == null ? null : label.grant().legalActReference, dates.withdrawnOn(),
                ApplicationView.OpinionView.of(label.grantOpinion()), label.pendingApplicationId(),
                label.history().stream().map(HistoryEntry::of).toList());
    }

    /** One step of the label's life, oldest first. */
    @Schema(description = "One step of the label's life: the application it concerns and what the step recorded")
    public record HistoryEntry(
            Instant recordedAt,
            LabelStepType step,
            UUID applicationId,
            String callCode,
            @Schema(deprecated = true, description = "A short summary of the step in French, kept for the clients "
                    + "that show it; read kind, opinion, decision and withdrawal instead")
            String detail,
            @Schema(description = "The kind of the application the step concerns") ApplicationKind kind,
            @Schema(description = "The opinion, on an OPINION_ISSUED step") ApplicationView.OpinionView opinion,
            @Schema(description = "The decision, on a LABEL_GRANTED or LABEL_REFUSED step")
            ApplicationView.DecisionView decision,
            @Schema(description = "The withdrawal, on a LABEL_WITHDRAWN step") WithdrawalView withdrawal) {

        static HistoryEntry of(LabelStep step) {
            return new HistoryEntry(step.recordedAt(), step.type(), step.application().id, step.callCode(),
                    step.summary(), step.application().kind, ApplicationView.OpinionView.of(step.opinion()),
                    ApplicationView.DecisionView.of(step.decision()), WithdrawalView.of(step.withdrawal()));
        }
    }

    /** The withdrawal of a label: from when, and by which legal act. */
    public record WithdrawalView(LocalDate withdrawnOn, String legalActReference) {
        static WithdrawalView of(LabelWithdrawal withdrawal) {
            return withdrawal == null ? null : new WithdrawalView(withdrawal.withdrawnOn, withdrawal.legalActReference);
        }
    }
}
