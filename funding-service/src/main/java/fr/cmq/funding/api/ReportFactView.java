package fr.cmq.funding.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cmq.common.reference.ContributionNature;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.FundingModality;
import fr.cmq.common.reference.ReportFactTopic;
import fr.cmq.common.source.FactSource;
import fr.cmq.funding.service.ReportFactService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A fact of the 2017 report on a named campus or region, as the reference endpoints serve it. */
@Schema(name = "ReportFact", description = "A fact the 2017 IGAS/IGEN/IGAENR report gives on a named campus or region,"
        + " with its paragraph: the report's sentence verbatim and the figures it states, nothing added")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFactView(
        @Schema(description = "Stable identifier of the fact, e.g. '97-toulouse-director-post'") String id,
        @Schema(description = "The campus of the national register (an Annexe 4 campus); absent on a region's fact")
        UUID campusId,
        @Schema(description = "Row of the campus in the report's Annexe 4 (1..77); absent on a region's fact")
        Integer annex4Row,
        @Schema(description = "INSEE code of the region: the campus's, or the region the fact is about") String regionCode,
        @Schema(description = "How the report names the campus or the region, e.g. 'CMQ aéronautique et spatial de"
                + " Toulouse'") String subject,
        ReportFactTopic topic,
        @Schema(description = "The report's text, verbatim, in French; « […] » marks what is left out of the sentence")
        String statement,
        @Schema(description = "The figures the statement gives, in its order (possibly none)") List<FigureView> figures,
        @Schema(description = "Where the fact comes from: kind REPORT_2017 and the report's paragraph or encadré")
        FactSource source) {

    @Schema(name = "ReportFactFigure", description = "One figure of a report fact; a value the report does not give"
            + " is absent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FigureView(
            @Schema(description = "The report's words for this figure") String label,
            @Schema(description = "The funder as the report names it, when it does") String funderName,
            FunderType funderType,
            ContributionNature nature,
            FundingModality modality,
            @Schema(description = "A share in percent, one decimal, when the report gives one") BigDecimal percent,
            @Schema(description = "An amount in integer euro cents, when the report gives one") Long amountCents,
            @Schema(description = "The number of years the amount covers, when the report says") Integer periodYears,
            @Schema(description = "True when the amount is paid by each member") Boolean perMember,
            @Schema(description = "The number of campuses the report says the amount is for") Integer campusCount,
            @Schema(description = "A year the report gives for this figure") Integer year) {

        static FigureView of(ReportFactService.Figure figure) {
            return new FigureView(figure.label(), figure.funderName(), figure.funderType(), figure.nature(),
                    figure.modality(), figure.percent(), figure.amountCents(), figure.periodYears(),
                    figure.perMember() ? Boolean.TRUE : null, figure.campusCount(), figure.year());
        }
    }

    static ReportFactView of(ReportFactService.Fact fact) {
        return new ReportFactView(fact.id(), fact.campusId(), fact.annex4Row(), fact.regionCode(), fact.subject(),
                fact.topic(), fact.statement(), fact.figures().stream().map(FigureView::of).toList(), fact.source());
    }
}
