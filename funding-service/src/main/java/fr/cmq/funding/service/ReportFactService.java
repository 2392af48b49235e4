package fr.cmq.funding.service;

import fr.cmq.common.reference.ContributionNature;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.FundingModality;
import fr.cmq.common.reference.ReportFactTopic;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.source.FactSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The 2017 report's facts on named campuses and regions, loaded as reference data by {@code V7__report_2017_facts.sql}
 * and read here only: nothing writes them.
 */
@ApplicationScoped
public class ReportFactService {

    /** The source of a stored fact, as the contract's six columns hold it (here always REPORT_2017 and a reference). */
    /** One figure of a fact: only the values the report gives, the others null. */
    public record Figure(String label, String funderName, FunderType funderType, ContributionNature nature,
                         FundingModality modality, BigDecimal percent, Long amountCents, Integer periodYears,
                         boolean perMember, Integer campusCount, Integer year) {
    }

    /** A fact: on a campus ({@code campusId} and {@code annex4Row} set) or on a region (both null). */
    public record Fact(String id, UUID campusId, Integer annex4Row, String regionCode, String subject,
                       ReportFactTopic topic, String statement, List<Figure> figures, FactSource source) {
    }

    @Inject
    EntityManager entityManager;

    /** The facts on campuses, in the report's order: of one campus, of one region's campuses, or all. */
    public List<Fact> campusFacts(UUID campusId, String regionCode) {
        return facts(true, campusId, regionCode);
    }

    /** The facts on regions (their funding of the campuses), in the report's order: of one region, or all. */
    public List<Fact> regionalFacts(String regionCode) {
        return facts(false, null, regionCode);
    }

    private List<Fact> facts(boolean onCampuses, UUID campusId, String regionCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select f.id, f.campus_id, f.annex4_row, f.region_code, f.subject, f.topic, f.statement,
                               f.source_kind, f.source_reference, f.source_role, f.source_region_code,
                               f.source_file_name, f.source_imported_on,
                               g.label, g.funder_name, g.funder_type, g.nature, g.modality, g.percent, g.amount_cents,
                               g.period_years, g.per_member, g.campus_count, g.year
                        from report_fact f left join report_fact_figure g on g.fact_id = f.id
                        where (f.campus_id is not null) = :onCampuses
                          and (cast(:campus as uuid) is null or f.campus_id = cast(:campus as uuid))
                          and (cast(:region as text) is null or f.region_code = :region)
                        order by f.position, g.position""")
                .setParameter("onCampuses", onCampuses)
                .setParameter("campus", campusId == null ? null : campusId.toString())
                .setParameter("region", regionCode)
                .getResultList();
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Fact fact = facts.computeIfAbsent((String) row[0], id -> new Fact(id, (UUID) row[1], integer(row[2]),
                    (String) row[3], (String) row[4], ReportFactTopic.valueOf((String) row[5]), (String) row[6],
                    new ArrayList<>(), new FactSource(SourceKind.valueOf((String) row[7]), (String) row[8],
                    (String) row[9], (String) row[10], (String) row[11],
                    row[12] == null ? null : ((java.sql.Date) row[12]).toLocalDate())));
            if (row[13] != null) {
                fact.figures().add(new Figure((String) row[13], (String) row[14],
                        row[15] == null ? null : FunderType.valueOf((String) row[15]),
                        row[16] == null ? null : ContributionNature.valueOf((String) row[16]),
                        row[17] == null ? null : FundingModality.valueOf((String) row[17]),
                        (BigDecimal) row[18], row[19] == null ? null : ((Number) row[19]).longValue(), integer(row[20]),
                        (Boolean) row[21], integer(row[22]), integer(row[23])));
            }
        }
        return facts.values().stream().map(f -> new Fact(f.id(), f.campusId(), f.annex4Row(), f.regionCode(),
                f.subject(), f.topic(), f.statement(), List.copyOf(f.figures()), f.source())).toList();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
