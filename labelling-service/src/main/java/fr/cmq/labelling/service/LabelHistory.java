package fr.cmq.labelling.service;

import fr.cmq.labelling.domain.Application;
import fr.cmq.labelling.domain.CallForProjects;
import fr.cmq.labelling.domain.LabelDecision;
import fr.cmq.labelling.domain.LabelStep;
import fr.cmq.labelling.domain.LabelWithdrawal;
import fr.cmq.labelling.domain.Opinion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Every step of a campus's label life, from its files: applications, opinions, decisions, withdrawals. */
final class LabelHistory {

    private LabelHistory() {
    }

    /** Oldest first. */
    static List<LabelStep> of(UUID campusId) {
        List<LabelStep> steps = new ArrayList<>();
        for (Application application : Application.ofCampus(campusId)) {
            String call = CallForProjects.codeOf(application.callId);
            steps.add(LabelStep.submitted(application, call));
            Opinion opinion = Opinion.ofApplication(application.id);
            if (opinion != null) {
                steps.add(LabelStep.opinion(application, call, opinion));
            }
            LabelDecision decision = LabelDecision.ofApplication(application.id);
            if (decision != null) {
                steps.add(LabelStep.decided(application, call, decision));
                LabelWithdrawal withdrawal = LabelWithdrawal.ofDecision(decision.id);
                if (withdrawal != null) {
                    steps.add(LabelStep.withdrawn(application, call, withdrawal));
                }
            }
        }
        steps.sort(Comparator.comparing(LabelStep::recordedAt));
        return steps;
    }
}
