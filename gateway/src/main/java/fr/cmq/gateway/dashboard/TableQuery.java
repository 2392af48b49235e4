package fr.cmq.gateway.dashboard;

import java.time.LocalDate;
import java.util.List;

/** The filters and order of the national table; all filters are optional and combine. */
public record TableQuery(int year, String region, String academy, String family, String legalForm,
                         String labelStatus, LocalDate expiresBefore, String flag, String missing, String q,
                         List<String> sort) {
}
