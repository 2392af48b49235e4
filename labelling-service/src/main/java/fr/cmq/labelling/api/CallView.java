package fr.cmq.labelling.api;

import fr.cmq.common.reference.ApplicationPart;
import fr.cmq.labelling.domain.CallForProjects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A call for projects as the API shows it. */
public record CallView(UUID id, String code, Integer rank, String title, LocalDate callDate, String publication,
                       List<CallForProjects.Section> sections, List<CallForProjects.LabelList> labelLists,
                       List<ApplicationPart> requiredParts, String source) {

    public static CallView of(CallForProjects call) {
        return new CallView(call.id, call.code, call.rank, call.title, call.callDate, call.publication,
                List.copyOf(call.sections), List.copyOf(call.labelLists), List.copyOf(call.requiredParts), call.source);
    }
}
