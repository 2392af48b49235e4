package fr.cmq.monitoring.domain;

import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.reference.SupportEstablishmentType;
import fr.cmq.common.rules.Percentages;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many campuses have each legal form (the report's Tableau 4), and beneath SUPPORT_ESTABLISHMENT how many
 * have each type of support establishment. Every legal form and type is present, with 0 if none.
 */
public record LegalFormCounts(Map<LegalForm, Long> forms, Map<SupportEstablishmentType, Long> supportTypes) {

    public LegalFormCounts {
        forms = complete(forms, LegalForm.class);
        supportTypes = complete(supportTypes, SupportEstablishmentType.class);
    }

    /** Campuses counted (a campus without a profile counts as NOT_PROVIDED). */
    public long total() {
        return forms.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Campuses whose legal form is provided: the base of the percentages (footnote 14 counts 73 of 77). */
    public long withLegalForm() {
        return total() - forms.get(LegalForm.NOT_PROVIDED);
    }

    /**
     * The shares of the legal forms among the campuses with a legal form, in percent by the platform's one rule
     * ({@link Percentages#RULE}: largest remainder, adding up to exactly 100.0, ties to the first in the code
     * list's order). NOT_PROVIDED has no share, nor any form when no campus has a legal form.
     */
    public Map<LegalForm, BigDecimal> percents() {
        Map<LegalForm, Long> provided = new EnumMap<>(forms);
        provided.remove(LegalForm.NOT_PROVIDED);
        return Percentages.shares(provided);
    }

    private static <K extends Enum<K>> Map<K, Long> complete(Map<K, Long> counts, Class<K> type) {
        Map<K, Long> all = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            all.put(key, counts.getOrDefault(key, 0L));
        }
        return Collections.unmodifiableMap(all);
    }
}
