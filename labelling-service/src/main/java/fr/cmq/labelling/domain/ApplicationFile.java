package fr.cmq.labelling.domain;

import fr.cmq.common.reference.ApplicationPart;

import java.util.Set;

/**
 * An application with the code of its call, the parts it holds and those its call still requires, its opinion and its
 * decision.
 */
public record ApplicationFile(Application application, String callCode, Set<ApplicationPart> presentParts,
                              Set<ApplicationPart> missingParts,
                              Opinion opinion, LabelDecision decision) {
}
