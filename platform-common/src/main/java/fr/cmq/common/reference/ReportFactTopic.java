package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a fact of the 2017 report on a named campus or region is about (funding code list): the report's facts are
 * loaded as reference data by funding-service (db/migration V7), each with its paragraph.
 */
@Schema(description = "What a fact of the 2017 report is about. French labels: GET /api/v1/reference/report-fact-topics."
        + " DIRECTOR_POST_FUNDING: who pays the operational director post; CAMPUS_RESOURCES: a campus's resources and"
        + " budget; STAKEHOLDER_CONTRIBUTIONS: what the campus's members and companies bring; REGIONAL_FUNDING: what a"
        + " region gives; REGIONAL_FUNDING_MODALITY: how a region pays (ex-ante or ex-post); REGIONAL_FUNDING_CONSIDERED:"
        + " what a region considers paying; REGION_NOT_PARTICIPATING: a region that does not take part in the funding")
public enum ReportFactTopic implements CodeList {
    @Label("Financement du poste de directeur opérationnel") DIRECTOR_POST_FUNDING,
    @Label("Ressources et budget du campus") CAMPUS_RESOURCES,
    @Label("Engagement financier des parties prenantes") STAKEHOLDER_CONTRIBUTIONS,
    @Label("Financement régional") REGIONAL_FUNDING,
    @Label("Modalité du financement régional") REGIONAL_FUNDING_MODALITY,
    @Label("Financement régional envisagé") REGIONAL_FUNDING_CONSIDERED,
    @Label("Région ne participant pas au financement") REGION_NOT_PARTICIPATING
}
