package fr.cmq.labelling.api;

import fr.cmq.labelling.domain.DatedCampus;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The register as RFC 4180 CSV: UTF-8, a header row, the same campuses as the JSON, academies joined by '|'. */
final class CampusCsv {

    static final String MEDIA_TYPE = "text/csv";

    private CampusCsv() {
    }

    static StreamingOutput of(List<DatedCampus> campuses) {
        return output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write("id,designation,familyCode,regionCode,academyCodes,communicationNames,labelStatus,"
                    + "labelStartDate,labelExpiryDate,source\r\n");
            for (DatedCampus dated : campuses) {
                CampusView c = CampusView.of(dated);
                writer.write(String.join(",", c.id().toString(), Csv.field(c.designation()), c.familyCode(),
                        c.regionCode(), Csv.field(String.join("|", c.academyCodes())),
                        Csv.field(String.join("|", c.communicationNames())), c.label().status().name(),
                        Csv.field(c.label().startDate()), Csv.field(c.label().expiryDate()), Csv.field(c.source())));
                writer.write("\r\n");
            }
            writer.flush();
        };
    }
}
