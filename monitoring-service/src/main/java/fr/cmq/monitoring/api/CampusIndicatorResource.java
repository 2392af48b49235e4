package fr.cmq.monitoring.api;

import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.CsvWriter;
import fr.cmq.common.web.ETags;
import fr.cmq.common.web.Params;
import fr.cmq.common.reference.CohortHorizon;
import fr.cmq.common.reference.PathwayStatus;
import fr.cmq.common.reference.QualificationLevel;
import fr.cmq.monitoring.domain.IndicatorCatalogue;
import fr.cmq.monitoring.domain.IndicatorSeries;
import fr.cmq.monitoring.domain.IndicatorTarget;
import fr.cmq.monitoring.domain.IndicatorValue;
import fr.cmq.monitoring.service.BreakdownQuery;
import fr.cmq.monitoring.service.IndicatorService;
import fr.cmq.monitoring.service.TargetRequest;
import fr.cmq.monitoring.service.ValueRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A campus's indicators: every indicator with its targets and values (JSON or CSV), and the two writes. */
@Path("/api/v1/campuses/{campusId}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.STEERING, description = ApiTags.STEERING_DESCRIPTION)
public class CampusIndicatorResource {

    private static final String CODE = "Indicator code of the catalogue (GET /api/v1/reference/indicators)";
    private static final String YEAR = "The year, from 2013 to this year + 5";
    private static final String ESTABLISHMENT = "Breakdown ESTABLISHMENT: the establishment's UAI (7 digits then 1 "
            + "upper-case letter)";
    private static final String WRITE_RULES = "Breakdown keys are query parameters, each accepted only where the "
            + "indicator has that breakdown (400 naming the parameter); a target or value without them is the campus's "
            + "as a whole. Creating needs no If-Match; replacing needs If-Match with the current ETag (missing: 428, "
            + "stale: 412); a PUT that changes nothing answers 200 and publishes nothing. Unknown indicator: 404; a "
            + "number outside the indicator's bounds or precision: 400. " + ApiTexts.WHO_MAY_WRITE_FIRST;

    @Inject
    IndicatorService indicators;
    @Inject
    Caller caller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL, Roles.READER})
    @Operation(operationId = "campusIndicators", summary = "Every indicator of the campus with its targets and values",
            description = "Every indicator of the catalogue, in catalogue order, with its targets and its values by "
                    + "year and breakdown; each value with the target of its year and breakdown, the gap to it and the "
                    + "trend since the previous value. The steering indicator's values are the completions of the "
                    + "campus's action plans. With Accept: text/csv or format=csv, one RFC 4180 row per indicator, "
                    + "year and breakdown with a target or a value (who declared it is never exported)")
    @APIResponse(responseCode = "200", description = "The indicators (JSON) or their rows (CSV)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampusIndicatorView[].class)),
                    @Content(mediaType = CsvWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response campusIndicators(@PathParam("campusId") UUID campusId,
                                     @Parameter(description = "csv to stream CSV") @QueryParam("format") String format,
                                     @HeaderParam(HttpHeaders.ACCEPT) String accept,
                                     @HeaderParam("If-None-Match") String ifNoneMatch) {
        boolean csv = Params.csvRequested(format, accept);
        List<IndicatorSeries> series = indicators.series(campusId);
        List<CampusIndicatorView> items = series.stream()
                .map(s -> CampusIndicatorView.of(s, caller.isNational())).toList();
        if (csv) { // its own ETag: another representation of the same indicators
            return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.ofContent(List.of("csv", items)),
                    () -> Response.ok(IndicatorCsv.of(series), CsvWriter.CONTENT_TYPE)
                            .header("Content-Disposition", "attachment; filename=\"indicateurs.csv\""));
        }
        return ConditionalRequests.conditionalGet(ifNoneMatch, ETags.ofContent(items),
                () -> Response.ok(items).type(MediaType.APPLICATION_JSON));
    }

    @PUT
    @Path("/{code}/targets/{year}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "putIndicatorTarget", summary = "Set the campus's target of an indicator for a year",
            description = "The target in the indicator's unit (a rate in percent). Publishes IndicatorTargetSet with "
                    + "the campus's steering state. " + WRITE_RULES)
    @APIResponseSchema(value = TargetView.class, responseDescription = "Replaced (or unchanged); ETag: its version")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    public Response putIndicatorTarget(@PathParam("campusId") UUID campusId,
                                       @PathParam("code") @Parameter(description = CODE) String code,
                                       @PathParam("year") @Parameter(description = YEAR,
                                               schema = @Schema(type = SchemaType.INTEGER)) String year,
                                       @Parameter(description = ESTABLISHMENT)
                                       @QueryParam("establishment") String establishment,
                                       @Parameter(schema = @Schema(implementation = PathwayStatus.class))
                                       @QueryParam("pathwayStatus") String pathwayStatus,
                                       @Parameter(schema = @Schema(implementation = QualificationLevel.class))
                                       @QueryParam("level") String level,
                                       @Parameter(schema = @Schema(implementation = CohortHorizon.class))
                                       @QueryParam("horizon") String horizon,
                                       @HeaderParam("If-Match") String ifMatch,
                                       @RequestBody(required = true) TargetRequest request) {
        IndicatorService.Result<IndicatorTarget> result = indicators.setTarget(campusId, code, year,
                new BreakdownQuery(establishment, pathwayStatus, level, horizon), ifMatch, request, caller);
        TargetView view = TargetView.of(result.entry(), IndicatorCatalogue.standard().find(code).orElseThrow());
        return Response.status(result.created() ? 201 : 200).entity(view).header("ETag", ETags.of(view.version()))
                .build();
    }

    @PUT
    @Path("/{code}/values/{year}")
    @RolesAllowed({Roles.NATIONAL, Roles.REGIONAL})
    @Operation(operationId = "putIndicatorValue", summary = "Declare the campus's value of an indicator for a year",
            description = "The value with its source. A rate is given either by its value or by its numerator and "
                    + "denominator, from which it is computed (45 applicants for 30 places: 150.0); a denominator of 0 "
                    + "is 400, a numerator above its denominator for a rate bounded by 100 % is 422. The steering "
                    + "indicator (computed from the action plan) and the budget indicators (computed from the budgets) "
                    + "are never declared: 422. Who declared it and when are kept. Publishes IndicatorValueDeclared "
                    + "with the campus's steering state. " + WRITE_RULES)
    @APIResponseSchema(value = ValueView.class, responseDescription = "Replaced (or unchanged); ETag: its version")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ValueView.class)))
    public Response putIndicatorValue(@PathParam("campusId") UUID campusId,
                                      @PathParam("code") @Parameter(description = CODE) String code,
                                      @PathParam("year") @Parameter(description = YEAR,
                                              schema = @Schema(type = SchemaType.INTEGER)) String year,
                                      @Parameter(description = ESTABLISHMENT)
                                      @QueryParam("establishment") String establishment,
                                      @Parameter(schema = @Schema(implementation = PathwayStatus.class))
                                      @QueryParam("pathwayStatus") String pathwayStatus,
                                      @Parameter(schema = @Schema(implementation = QualificationLevel.class))
                                      @QueryParam("level") String level,
                                      @Parameter(schema = @Schema(implementation = CohortHorizon.class))
                                      @QueryParam("horizon") String horizon,
                                      @HeaderParam("If-Match") String ifMatch,
                                      @RequestBody(required = true) ValueRequest request) {
        IndicatorService.Result<IndicatorValue> result = indicators.declareValue(campusId, code, year,
                new BreakdownQuery(establishment, pathwayStatus, level, horizon), ifMatch, request, caller);
        ValueView view = ValueView.of(code, result.reading(), caller.isNational());
        return Response.status(result.created() ? 201 : 200).entity(view)
                .header("ETag", ETags.of(result.entry().version())).build();
    }
}
