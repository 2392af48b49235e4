package fr.cmq.monitoring.api;

import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.reference.SupportEstablishmentType;
import fr.cmq.common.rules.Percentages;
import fr.cmq.monitoring.domain.LegalFormCounts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Schema(description = "How campuses are spread over legal forms, in the shape of the report's Tableau 4")
public record LegalFormDistribution(
        @Schema(description = "Campuses counted: every campus of the register known here (in the region, if filtered)")
        long totalCampuses,
        @Schema(description = "Campuses whose legal form is provided (not NOT_PROVIDED and with a profile); the base "
                + "of the percentages, as the report's footnote 14 counts 73 of 77")
        long withLegalForm,
        @Schema(description = "One row per legal form, in the order ASSOCIATION, GIP, SUPPORT_ESTABLISHMENT, "
                + "NOT_PROVIDED")
        List<FormCount> forms,
        @Schema(description = "Beneath SUPPORT_ESTABLISHMENT: how many of those campuses have each type of support "
                + "establishment (LYCEE, IUT, UNIVERSITY, OTHER_EPSCP)")
        List<SupportTypeCount> supportEstablishmentTypes) {

    public static LegalFormDistribution of(LegalFormCounts counts) {
        List<FormCount> forms = new ArrayList<>();
        Map<LegalForm, BigDecimal> percents = counts.percents();
        counts.forms().forEach((form, count) -> forms.add(new FormCount(form, count, percents.get(form))));
        List<SupportTypeCount> types = new ArrayList<>();
        counts.supportTypes().forEach((type, count) -> types.add(new SupportTypeCount(type, count)));
        return new LegalFormDistribution(counts.total(), counts.withLegalForm(), forms, types);
    }

    @Schema(description = "Campuses with one legal form")
    public record FormCount(
            LegalForm legalForm,
            long count,
            @Schema(description = "Share of the campuses with a legal form (withLegalForm), in percent; the shares "
                    + "of ASSOCIATION, GIP and SUPPORT_ESTABLISHMENT add up to exactly 100.0. Null for NOT_PROVIDED "
                    + "(which counts campuses without a profile too) and when no campus has a legal form. "
                    + Percentages.RULE, nullable = true, example = "13.7")
            BigDecimal percent) {
    }

    @Schema(description = "Campuses backed by a support establishment of one type")
    public record SupportTypeCount(SupportEstablishmentType type, long count) {
    }
}
