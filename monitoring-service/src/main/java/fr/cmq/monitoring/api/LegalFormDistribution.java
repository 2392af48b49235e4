package fr.cmq.monitoring.api;

import fr.cmq.monitoring.domain.LegalForm;
import fr.cmq.monitoring.domain.LegalFormCounts;
import fr.cmq.monitoring.domain.SupportEstablishmentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
        counts.forms().forEach((form, count) -> forms.add(new FormCount(form, count, counts.percent(form))));
        List<SupportTypeCount> types = new ArrayList<>();
        counts.supportTypes().forEach((type, count) -> types.add(new SupportTypeCount(type, count)));
        return new LegalFormDistribution(counts.total(), counts.withLegalForm(), forms, types);
    }

    @Schema(description = "Campuses with one legal form")
    public record FormCount(
            LegalForm legalForm,
            long count,
            @Schema(description = "count / withLegalForm x 100, one decimal, half-up; null for NOT_PROVIDED (which "
                    + "counts campuses without a profile too) and when no campus has a legal form", nullable = true,
                    example = "13.7")
            BigDecimal percent) {
    }

    @Schema(description = "Campuses backed by a support establishment of one type")
    public record SupportTypeCount(SupportEstablishmentType type, long count) {
    }
}
