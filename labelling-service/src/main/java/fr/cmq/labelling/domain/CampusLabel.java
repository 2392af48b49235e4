package fr.cmq.labelling.domain;

import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.rules.LabelCalendar;
import fr.cmq.common.rules.LabelFacts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A campus's label on a day: the facts kept on the campus (and its version, the ETag), the grant that
 * defines the label with its call and opinion, the application awaiting a decision, and every step so far.
 */
public record CampusLabel(UUID campusId, long campusVersion, LocalDate asOf, LabelFacts facts, LabelDecision grant,
                          String grantCallCode, Opinion grantOpinion, UUID pendingApplicationId,
                          List<LabelStep> history) {

    public LabelStatus status() {
        return LabelCalendar.statusOn(facts, asOf);
    }
}
