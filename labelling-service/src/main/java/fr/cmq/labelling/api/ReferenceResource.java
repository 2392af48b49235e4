package fr.cmq.labelling.api;

import jakarta.inject.Inject;
import fr.cmq.common.reference.ApplicationKind;
import fr.cmq.common.reference.ApplicationPart;
import fr.cmq.common.reference.CodeList;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.reference.DecisionOutcome;
import fr.cmq.common.reference.IssuingBody;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.reference.OpinionOutcome;
import fr.cmq.common.security.Roles;
import fr.cmq.labelling.service.ReferenceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/**
 * Codes and French labels of the register's reference data (regions, academies, sector families, from its
 * tables) and of the labelling code lists the API and the events carry (platform-common's enums).
 */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
@Tag(name = ApiTags.REFERENCE, description = ApiTags.REFERENCE_DESCRIPTION)
public class ReferenceResource {

    @Inject
    ReferenceService reference;

    /** A region; {@code aliases} are the other spellings found in the report (e.g. "Grand-Est"). */
    public record RegionItem(String code, String label, boolean overseas, List<String> aliases) {
    }

    /** An academy; {@code aliases} are the other spellings found in the report (e.g. "CRÉTEIL"). */
    public record AcademyItem(String code, String label, String regionCode, boolean current, List<String> aliases) {
    }

    public record FamilyItem(String code, String label, boolean inAnnex4) {
    }

    /** A code of a labelling code list and its French label. */
    @Schema(description = "A stable code, as the API and the events carry it, and its French label (for display only)")
    public record CodeItem(@Schema(description = "UPPER_SNAKE code") String code,
                           @Schema(description = "French label") String label) {

        static List<CodeItem> of(Class<? extends CodeList> codeList) {
            return Arrays.stream(codeList.getEnumConstants()).map(c -> new CodeItem(c.code(), c.label())).toList();
        }
    }

    @GET
    @Path("/regions")
    @Operation(operationId = "listRegions", summary = "The 18 current regions (INSEE codes)",
            description = "Code, French name, whether overseas, and the other spellings of the report; by name.")
    public List<RegionItem> regions() {
        return reference.regions().stream()
                .map(r -> new RegionItem(r.code, r.name, r.overseas, List.copyOf(r.aliases))).toList();
    }

    @GET
    @Path("/academies")
    @Operation(operationId = "listAcademies", summary = "Academies, optionally of one region",
            description = "Code, French name, region, whether current (Caen and Rouen are now Normandie), and the "
                    + "other spellings of the report; by code.")
    public List<AcademyItem> academies(@Parameter(description = "Region INSEE code") @QueryParam("region") String region) {
        return reference.academies(region).stream().map(a -> new AcademyItem(a.code, a.name, a.regionCode, a.current,
                List.copyOf(a.aliases))).toList();
    }

    @GET
    @Path("/sector-families")
    @Operation(operationId = "listSectorFamilies",
            summary = "Sector families: the 11 of Annexe 4 and 'Services à la personne' of [63]",
            description = "Code and French label, in the order of Annexe 4.")
    public List<FamilyItem> sectorFamilies() {
        return reference.sectorFamilies().stream().map(f -> new FamilyItem(f.code, f.label, f.inAnnex4)).toList();
    }

    @GET
    @Path("/label-statuses")
    @Operation(operationId = "listLabelStatuses", summary = "Label statuses with their French labels",
            description = "The codes of label.status and of the labelStatus filter, in reference order.")
    public List<CodeItem> labelStatuses() {
        return CodeItem.of(LabelStatus.class);
    }

    @GET
    @Path("/source-kinds")
    @Operation(operationId = "listSourceKinds", summary = "Kinds of source of a fact with their French labels",
            description = "The codes of source.kind on every fact and event (issue 13): REPORT_2017, DECLARED, "
                    + "IMPORTED, EXAMPLE and SYNTHETIC (demonstration data, never counted in national figures).")
    public List<CodeItem> sourceKinds() {
        return CodeItem.of(SourceKind.class);
    }

    @GET
    @Path("/application-kinds")
    @Operation(operationId = "listApplicationKinds", summary = "Kinds of application with their French labels",
            description = "INITIAL (first label) or RENEWAL.")
    public List<CodeItem> applicationKinds() {
        return CodeItem.of(ApplicationKind.class);
    }

    @GET
    @Path("/application-parts")
    @Operation(operationId = "listApplicationParts", summary = "Parts of an application file with their French labels",
            description = "The parts recommendations 1 to 4 ask a file to hold, its indicators with targets, and "
                    + "the annual self-assessment a renewal rests on (recommendation 15; renewals only) (presentParts, "
                    + "requiredParts).")
    public List<CodeItem> applicationParts() {
        return CodeItem.of(ApplicationPart.class);
    }

    @GET
    @Path("/opinion-outcomes")
    @Operation(operationId = "listOpinionOutcomes", summary = "Outcomes of an expert opinion with their French labels",
            description = "The outcomes the report recommends instead of stars (§ 76).")
    public List<CodeItem> opinionOutcomes() {
        return CodeItem.of(OpinionOutcome.class);
    }

    @GET
    @Path("/issuing-bodies")
    @Operation(operationId = "listIssuingBodies", summary = "Bodies that give the opinion, with their French labels",
            description = "The two scenarios of recommendation 5.")
    public List<CodeItem> issuingBodies() {
        return CodeItem.of(IssuingBody.class);
    }

    @GET
    @Path("/decision-outcomes")
    @Operation(operationId = "listDecisionOutcomes", summary = "Outcomes of a decision with their French labels",
            description = "GRANTED or REFUSED.")
    public List<CodeItem> decisionOutcomes() {
        return CodeItem.of(DecisionOutcome.class);
    }
}
