package fr.cmq.gateway.dashboard;

import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.reference.SteeringFlag;
import fr.cmq.common.web.Params;
import fr.cmq.events.monitoring.PartnerTypologyState;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The filters of the national table as the API takes them (query parameters shared by the table and its summary),
 * read by the platform's {@link Params}: an unknown code or a malformed value answers 400 naming the parameter.
 */
public class TableParameters {

    /**
     * The warning flags' codes: the field names of the contract's partner typology flags, in its order, then the
     * steering flags ({@link SteeringFlag}).
     */
    public static final List<String> FLAGS = Stream.concat(
            Arrays.stream(PartnerTypologyState.Flags.class.getRecordComponents()).map(RecordComponent::getName),
            Arrays.stream(SteeringFlag.values()).map(SteeringFlag::code)).toList();

    /** The parameter of the national figures (summary, open data) that counts the demonstration kinds in. */
    public static final String INCLUDE_DEMO_DATA = "includeDemoData";
    /** Its description, for each operation that takes it. */
    public static final String INCLUDE_DEMO_DATA_DESCRIPTION = "true counts the demonstration data (campuses whose "
            + "source kind is EXAMPLE or SYNTHETIC) in; absent or false (default) leaves them out, as every national "
            + "figure does";

    @QueryParam("year")
    @Parameter(description = "Year of the budget columns (default: this year; 2013 to five years ahead)")
    Integer year;
    @QueryParam("region")
    @Parameter(description = "A region code, e.g. 76")
    String region;
    @QueryParam("academy")
    @Parameter(description = "An academy code, e.g. TOULOUSE")
    String academy;
    @QueryParam("family")
    @Parameter(description = "A family code, e.g. MOBILITY_AERONAUTICS_TRANSPORT")
    String family;
    @QueryParam("legalForm")
    @Parameter(description = "ASSOCIATION, GIP, SUPPORT_ESTABLISHMENT or NOT_PROVIDED")
    String legalForm;
    @QueryParam("labelStatus")
    @Parameter(description = "The label status today, e.g. LABELLED or RENEWAL_DUE")
    String labelStatus;
    @QueryParam("expiresBefore")
    @Parameter(description = "ISO date: labels expiring on or before it")
    String expiresBefore;
    @QueryParam("flag")
    @Parameter(description = "A raised warning flag, e.g. noResearchLab, NO_TARGETS or NO_RECENT_VALUES")
    String flag;
    @QueryParam("missing")
    @Parameter(description = "A missing item: LEGAL_FORM, PARTNERS or FORECAST_BUDGET")
    String missing;
    @QueryParam("q")
    @Parameter(description = "Words of the designation or a communication name (accents and case ignored)")
    String q;
    @QueryParam("source")
    @Parameter(description = "The campus's source kind (its register's): REPORT_2017, DECLARED, IMPORTED, EXAMPLE or "
            + "SYNTHETIC; repeat it for several (source=EXAMPLE&source=SYNTHETIC)")
    List<String> source;

    /** These filters and the given sort as a query on {@code today}; 400 naming the first invalid parameter. */
    TableQuery query(String sort, LocalDate today) {
        LegalForm form = Params.code("legalForm", legalForm, LegalForm.class);
        LabelStatus status = Params.code("labelStatus", labelStatus, LabelStatus.class);
        MissingItem item = Params.code("missing", missing, MissingItem.class);
        return new TableQuery(Params.year("year", year, today), region, academy, family,
                form == null ? null : form.code(), status == null ? null : status.code(),
                Params.date("expiresBefore", expiresBefore), Params.oneOf("flag", flag, FLAGS),
                item == null ? null : item.code(), q, TableOrder.parse(sort), sources(source), true);
    }

    /** The source kinds asked for, each once, in the code list's order; 400 naming source for an unknown one. */
    static List<String> sources(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<SourceKind> kinds = EnumSet.noneOf(SourceKind.class);
        for (String value : values) {
            SourceKind kind = Params.code("source", value, SourceKind.class);
            if (kind != null) {
                kinds.add(kind);
            }
        }
        return kinds.stream().map(SourceKind::code).toList();
    }

    /**
     * Whether a national figure counts the demonstration kinds (EXAMPLE, SYNTHETIC): {@code includeDemoData=true};
     * absent or false: left out; anything else: 400 naming the parameter.
     */
    public static boolean includeDemoData(String value) {
        return "true".equals(Params.oneOf(INCLUDE_DEMO_DATA, value, List.of("true", "false")));
    }
}
