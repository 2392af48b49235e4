package fr.cmq.labelling.events;

import fr.cmq.labelling.api.ApplicationView;
import fr.cmq.labelling.api.LabelView;

/** The data of application, opinion and label events: what changed and the label as it now stands. */
public record LabelEventData(ApplicationView application, LabelView label) {
}
