package fr.cmq.monitoring.domain;

import fr.cmq.common.reference.GipKind;
import fr.cmq.common.reference.LegalForm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The legal forms a campus has had, oldest first: each lasts until the next one took effect. */
public final class LegalFormHistory {

    /** One legal form and its dates; {@code effectiveTo} is null for the current one. */
    public record Period(LegalForm legalForm, GipKind gipKind, LocalDate effectiveFrom, LocalDate effectiveTo,
                         Instant recordedAt, String recordedBy) {
    }

    private LegalFormHistory() {
    }

    /**
     * The periods of the given changes (in the order they were recorded); who recorded each is kept only if
     * {@code withActors}.
     */
    public static List<Period> periods(List<LegalFormChange> changes, boolean withActors) {
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            LegalFormChange c = changes.get(i);
            LocalDate to = i + 1 < changes.size() ? changes.get(i + 1).effectiveOn : null;
            periods.add(new Period(c.legalForm, c.gipKind, c.effectiveOn, to, c.createdAt(),
                    withActors ? c.createdBy() : null));
        }
        return periods;
    }
}
