package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The 2017 report's aggregate figures, for the summary's column next to today's (issue 13): Tableau 4 (legal forms
 * of the 73 campuses whose form was known, support establishment types) and Tableau 2 (campuses labelled per call
 * for projects). Figures the report gives for the whole of France only, never attached to a campus; shipped as the
 * data file {@value #RESOURCE}, copied from the report (percentages as it prints them).
 */
@Schema(name = "Report2017", description = "The 2017 report's aggregate figures (Rapport IGAS/IGEN/IGAENR « Premier "
        + "bilan des campus des métiers et des qualifications »), each with its table, to compare with today's: "
        + "Tableau 4's legal forms (10 associations, 17 GIP, 46 support establishments of 73 campuses whose form was "
        + "known, of 77) and support establishment types, Tableau 2's campuses labelled per call for projects")
public record Report2017(
        @Schema(description = "The report") String source,
        LegalForms legalForms,
        Calls calls) {

    /** The data file on the class path. */
    static final String RESOURCE = "reference/report-2017.json";

    private static final Report2017 FIGURES = load();

    /** The report's figures (read once from the data file). */
    public static Report2017 figures() {
        return FIGURES;
    }

    @Schema(name = "Report2017LegalForms", description = "Tableau 4: the legal forms of the campuses whose form was "
            + "known in February 2017, percent over them as the report prints it")
    public record LegalForms(
            @Schema(description = "The report's table, e.g. \"Tableau 4\"") String reference,
            @Schema(description = "The table's title and source, as the report prints them") String table,
            @Schema(description = "Campuses labelled in February 2017") int campuses,
            @Schema(description = "Of those, the campuses whose legal form was known (the shares' total)") int known,
            @Schema(description = "The report's note on the figures") String knownNote,
            @Schema(description = "ASSOCIATION, GIP, SUPPORT_ESTABLISHMENT with their count and percent")
            List<Share> shares,
            @Schema(description = "Support establishment types of the SUPPORT_ESTABLISHMENT campuses (« dont lycée "
                    + "... »): LYCEE, IUT, UNIVERSITY, OTHER_EPSCP") Map<String, Integer> supportEstablishmentTypes) {
    }

    @Schema(name = "Report2017Share", description = "A legal form's count and percent in the report")
    public record Share(String code, int count, BigDecimal percent) {
    }

    @Schema(name = "Report2017Calls", description = "Tableau 2: the campuses labelled by each list published for a "
            + "call for projects")
    public record Calls(
            @Schema(description = "The report's table, e.g. \"Tableau 2\"") String reference,
            @Schema(description = "The table's title and source, as the report prints them") String table,
            @Schema(description = "The campuses of every list (77)") int campuses,
            List<CallList> lists) {
    }

    @Schema(name = "Report2017CallList", description = "One list of labelled campuses of a call for projects")
    public record CallList(
            @Schema(description = "The call's rank (1 to 4)") int call,
            @Schema(description = "The call for projects' date") LocalDate callDate,
            @Schema(description = "The act that published the list, as the report cites it") String act,
            @Schema(description = "Campuses labelled by the list") int campuses) {
    }

    private static Report2017 load() {
        try (InputStream in = Report2017.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return checked(new ObjectMapper().findAndRegisterModules()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Report2017.class), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + RESOURCE, e);
        }
    }

    /** The file's figures add up as the report's tables do; otherwise the file was mistyped. */
    private static Report2017 checked(Report2017 report, String file) {
        int known = report.legalForms().shares().stream().mapToInt(Share::count).sum();
        int supported = report.legalForms().shares().stream().filter(s -> s.code().equals("SUPPORT_ESTABLISHMENT"))
                .mapToInt(Share::count).sum();
        int types = report.legalForms().supportEstablishmentTypes().values().stream().mapToInt(Integer::intValue).sum();
        int listed = report.calls().lists().stream().mapToInt(CallList::campuses).sum();
        if (known != report.legalForms().known() || types != supported || listed != report.calls().campuses()) {
            throw new IllegalStateException(file + ": the figures do not add up (forms " + known + ", types " + types
                    + ", lists " + listed + ")");
        }
        return report;
    }
}
