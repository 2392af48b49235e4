package fr.cmq.monitoring.events;

import fr.cmq.monitoring.api.PartnerSummary;
import fr.cmq.monitoring.api.PartnerView;

/** Data of PartnerAdded, PartnerUpdated and PartnerLeft: the partner and the campus's typology after the change. */
public record PartnerEventData(PartnerView partner, PartnerSummary summary) {
}
