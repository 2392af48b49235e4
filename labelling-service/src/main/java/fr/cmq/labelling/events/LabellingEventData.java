package fr.cmq.labelling.events;

import fr.cmq.events.labelling.ApplicationState;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.DecisionState;
import fr.cmq.events.labelling.LabelChange;
import fr.cmq.events.labelling.LabelState;
import fr.cmq.events.labelling.OpinionState;
import fr.cmq.labelling.domain.Academy;
import fr.cmq.labelling.domain.Application;
import fr.cmq.labelling.domain.ApplicationFile;
import fr.cmq.labelling.domain.Campus;
import fr.cmq.labelling.domain.CampusLabel;
import fr.cmq.labelling.domain.LabelDecision;
import fr.cmq.labelling.domain.LabelStep;
import fr.cmq.labelling.domain.Opinion;
import fr.cmq.labelling.domain.Region;
import fr.cmq.labelling.domain.SectorFamily;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code data} of the labelling events, as the event contract's records (platform-events), built from the
 * domain: {@link CampusState} for the campus events, {@link LabelChange} for the application and label events.
 */
public final class LabellingEventData {

    private LabellingEventData() {
    }

    /** CampusRegistered, CampusUpdated: the campus, with the French names of its codes. */
    public static CampusState campus(Campus campus) {
        SectorFamily family = SectorFamily.findById(campus.familyCode);
        Region region = Region.findById(campus.regionCode);
        Map<String, String> academyNames = new LinkedHashMap<>();
        for (String code : campus.academyCodes) {
            Academy academy = Academy.findById(code);
            academyNames.put(code, academy == null ? null : academy.name);
        }
        return new CampusState(campus.designation, campus.familyCode, family == null ? null : family.label,
                campus.regionCode, region == null ? null : region.name, List.copyOf(campus.academyCodes),
                academyNames, List.copyOf(campus.communicationNames), List.copyOf(campus.formerDesignations),
                campus.sourceNote);
    }

    /** Application, opinion and label events: the application concerned (null for a withdrawal) and the label. */
    public static LabelChange label(ApplicationFile application, CampusLabel label) {
        return new LabelChange(application == null ? null : application(application), label(label));
    }

    private static ApplicationState application(ApplicationFile file) {
        Application application = file.application();
        return new ApplicationState(application.id, file.callCode(), application.kind.name(), application.submittedAt,
                codes(file.presentParts()), codes(file.missingParts()), opinion(file.opinion()),
                decision(file.decision()));
    }

    private static LabelState label(CampusLabel label) {
        LabelDecision grant = label.grant();
        return new LabelState(label.status().name(), label.asOf(), label.facts().startDate(),
                label.facts().expiryDate(), grant == null ? null : grant.durationYears, label.grantCallCode(),
                grant == null ? null : grant.legalActReference, label.facts().withdrawnOn(),
                opinion(label.grantOpinion()), label.pendingApplicationId(),
                label.history().stream().map(LabellingEventData::step).toList());
    }

    private static LabelState.HistoryEntry step(LabelStep step) {
        return new LabelState.HistoryEntry(step.recordedAt(), step.type().name(), step.application().id,
                step.callCode(), step.summary());
    }

    private static OpinionState opinion(Opinion opinion) {
        return opinion == null ? null : new OpinionState(opinion.stars,
                opinion.outcome == null ? null : opinion.outcome.name(), opinion.justification,
                opinion.issuingBody.name(), opinion.issuedOn);
    }

    private static DecisionState decision(LabelDecision decision) {
        return decision == null ? null : new DecisionState(decision.outcome.name(), decision.legalActReference,
                decision.legalActDate, decision.startDate, decision.durationYears, decision.expiryDate);
    }

    private static List<String> codes(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
