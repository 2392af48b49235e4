package fr.cmq.funding.service;

import jakarta.inject.Inject;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.FundingModality;
import fr.cmq.common.rules.Percentages;
import fr.cmq.funding.domain.Share;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The national view of a year's forecast budgets, aggregated in the database. */
@ApplicationScoped
public class FundingSummaryService {

    /** The budgets summed: every budget with its campus... */
    private static final String BUDGETS = " from budget b join known_campus k on k.id = b.campus_id";
    /** ...of the FORECAST kind, of the year, of the campuses of the region when one is given. */
    private static final String FORECASTS_OF_YEAR = " where b.kind = 'FORECAST' and b.fiscal_year = :year"
            + " and (cast(:region as text) is null or k.region_code = :region)";

    @Inject
    EntityManager entityManager;

    /**
     * The figures of one year's forecast budgets (of one region's campuses, or all when {@code regionCode} is
     * null). Shares follow {@link fr.cmq.common.rules.Percentages}.
     *
     * @param coverageRatioPercent resources / uses in percent, one decimal, half up; null without uses
     * @param byFunderType         funder types present only, in reference order
     * @param byAnnex3Bucket       all four groups of the Annexe 3 indicator
     * @param byModality           both modalities
     */
    public record Summary(int year, String regionCode, long campuses, long campusesWithBudget,
                          long campusesWithoutBudget, long campusesFundedOnlyByRectorat, long totalResourcesCents,
                          long totalUsesCents, BigDecimal coverageRatioPercent, List<Share<FunderType>> byFunderType,
                          List<Share<FunderType.Annex3Bucket>> byAnnex3Bucket, List<Share<FundingModality>> byModality) {
    }

    public Summary of(int year, String region) {
        long campuses = ((Number) entityManager.createNativeQuery(
                        "select count(*) from known_campus k where cast(:region as text) is null or k.region_code = :region")
                .setParameter("region", region).getSingleResult()).longValue();
        Object[] totals = (Object[]) query("""
                select count(*), coalesce(sum(b.total_resources_cents), 0), coalesce(sum(b.total_uses_cents), 0),
                       count(*) filter (where b.total_resources_cents > 0 and not exists (
                           select 1 from budget_contribution c where c.budget_id = b.id
                           and c.funder_type <> 'RECTORAT' and c.amount_cents > 0))"""
                + BUDGETS + FORECASTS_OF_YEAR, year, region).getSingleResult();
        long withBudget = ((Number) totals[0]).longValue();
        long resources = ((Number) totals[1]).longValue();
        long uses = ((Number) totals[2]).longValue();
        long rectoratOnly = ((Number) totals[3]).longValue();

        Map<FunderType, Long> byType = new EnumMap<>(FunderType.class);
        Map<FundingModality, Long> byModality = new EnumMap<>(FundingModality.class);
        for (FundingModality m : FundingModality.values()) {
            byModality.put(m, 0L);
        }
        Map<FunderType.Annex3Bucket, Long> byBucket = new EnumMap<>(FunderType.Annex3Bucket.class);
        for (FunderType.Annex3Bucket bucket : FunderType.Annex3Bucket.values()) {
            byBucket.put(bucket, 0L);
        }
        for (Object[] row : rows(query("select c.funder_type, c.modality, sum(c.amount_cents)" + BUDGETS
                + " join budget_contribution c on c.budget_id = b.id" + FORECASTS_OF_YEAR
                + " group by c.funder_type, c.modality", year, region))) {
            FunderType type = FunderType.valueOf((String) row[0]);
            long amount = ((Number) row[2]).longValue();
            byType.merge(type, amount, Long::sum);
            byModality.merge(FundingModality.valueOf((String) row[1]), amount, Long::sum);
            byBucket.merge(type.annex3Bucket(), amount, Long::sum);
        }
        return new Summary(year, region, campuses, withBudget, Math.max(0, campuses - withBudget), rectoratOnly,
                resources, uses, Percentages.percentOf(resources, uses), Share.split(byType), Share.split(byBucket),
                Share.split(byModality));
    }

    private Query query(String sql, int year, String region) {
        return entityManager.createNativeQuery(sql).setParameter("year", year).setParameter("region", region);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
