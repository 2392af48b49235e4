package fr.cmq.labelling.domain;

/** The steps of a label's life, as its history lists them. */
public enum LabelStepType {
    APPLICATION_SUBMITTED, OPINION_ISSUED, LABEL_GRANTED, LABEL_REFUSED, LABEL_WITHDRAWN
}
