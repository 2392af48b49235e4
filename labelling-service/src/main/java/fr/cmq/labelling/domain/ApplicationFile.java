package fr.cmq.labelling.domain;

import fr.cmq.common.reference.ApplicationPart;

import java.util.Set;

/** An application with the code of its call, the parts that call still requires, its opinion and its decision. */
public record ApplicationFile(Application application, String callCode, Set<ApplicationPart> missingParts,
                              Opinion opinion, LabelDecision decision) {
}
