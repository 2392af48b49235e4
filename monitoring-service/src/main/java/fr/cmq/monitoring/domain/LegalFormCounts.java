package fr.cmq.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
     * The share of {@code form} among the campuses with a legal form, in percent with one decimal; null for
     * NOT_PROVIDED and when no campus has a legal form.
     */
    public BigDecimal percent(LegalForm form) {
        long base = withLegalForm();
        if (form == LegalForm.NOT_PROVIDED || base == 0) {
            return null;
        }
        return BigDecimal.valueOf(forms.get(form) * 100).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    }

    private static <K extends Enum<K>> Map<K, Long> complete(Map<K, Long> counts, Class<K> type) {
        Map<K, Long> all = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            all.put(key, counts.getOrDefault(key, 0L));
        }
        return Collections.unmodifiableMap(all);
    }
}
