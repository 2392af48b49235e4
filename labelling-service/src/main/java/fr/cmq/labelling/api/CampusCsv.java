package fr.cmq.labelling.api;

import fr.cmq.common.web.CsvWriter;
import fr.cmq.labelling.domain.DatedCampus;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.Arrays;
import java.util.List;

/** The register as CSV (the platform's CSV writer): the same campuses as the JSON, flat, academies joined by '|'. */
final class CampusCsv {

    static final List<String> HEADER = List.of("id", "designation", "familyCode", "regionCode", "academyCodes",
            "communicationNames", "labelStatus", "labelStartDate", "labelExpiryDate", "source", "sourceReference");

    private CampusCsv() {
    }

    static StreamingOutput of(List<DatedCampus> campuses) {
        return CsvWriter.stream(HEADER, campuses, dated -> {
            CampusView c = CampusView.of(dated);
            return Arrays.asList(c.id(), c.designation(), c.familyCode(), c.regionCode(), c.academyCodes(),
                    c.communicationNames(), c.label().status(), c.label().startDate(), c.label().expiryDate(),
                    c.source() == null ? null : c.source().kind, c.source() == null ? null : c.source().reference);
        });
    }
}
