package fr.cmq.monitoring.events;

import fr.cmq.monitoring.domain.GipKind;
import fr.cmq.monitoring.domain.LegalForm;

import java.time.LocalDate;

/** Data of LegalFormChanged: the new legal form, since when, and the previous one (null for the first). */
public record LegalFormChangedData(LegalForm legalForm, GipKind gipKind, LocalDate effectiveOn,
                                   LegalForm previousLegalForm, GipKind previousGipKind,
                                   boolean hasLegalPersonality, boolean hasOwnBudget) {
}
