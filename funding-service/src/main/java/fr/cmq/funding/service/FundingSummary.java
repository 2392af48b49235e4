package fr.cmq.funding.service;

import fr.cmq.funding.api.BudgetView;
import fr.cmq.funding.api.SummaryView;
import fr.cmq.funding.domain.FunderType;
import fr.cmq.funding.domain.FundingModality;
import fr.cmq.funding.domain.Shares;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The national view of a year's forecast budgets, aggregated in the database. */
@ApplicationScoped
public class FundingSummary {

    /** Forecast budgets of the year, of the campuses of the region when one is given. */
    private static final String BUDGETS = """
            from budget b join known_campus k on k.id = b.campus_id
            where b.kind = 'FORECAST' and b.fiscal_year = :year and (cast(:region as text) is null or k.region_code = :region)""";

    private final EntityManager entityManager;

    public FundingSummary(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public SummaryView of(int year, String region) {
        long campuses = number(entityManager.createNativeQuery(
                        "select count(*) from known_campus k where cast(:region as text) is null or k.region_code = :region")
                .setParameter("region", region));
        Object[] totals = (Object[]) params(entityManager.createNativeQuery("""
                select count(*), coalesce(sum(b.total_resources_cents), 0), coalesce(sum(b.total_uses_cents), 0),
                       count(*) filter (where b.total_resources_cents > 0 and not exists (
                           select 1 from budget_contribution c where c.budget_id = b.id
                           and c.funder_type <> 'RECTORAT' and c.amount_cents > 0))
                """ + BUDGETS), year, region).getSingleResult();
        long withBudget = ((Number) totals[0]).longValue();
        long resources = ((Number) totals[1]).longValue();
        long uses = ((Number) totals[2]).longValue();
        long rectoratOnly = ((Number) totals[3]).longValue();

        Map<FunderType, Long> byType = new EnumMap<>(FunderType.class);
        for (Object[] row : rows(params(entityManager.createNativeQuery("""
                select c.funder_type, sum(c.amount_cents) from budget_contribution c join budget b on b.id = c.budget_id
                join known_campus k on k.id = b.campus_id
                where b.kind = 'FORECAST' and b.fiscal_year = :year and (cast(:region as text) is null or k.region_code = :region)
                group by c.funder_type"""), year, region))) {
            byType.put(FunderType.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        Map<FundingModality, Long> byModality = new EnumMap<>(FundingModality.class);
        for (FundingModality m : FundingModality.values()) {
            byModality.put(m, 0L);
        }
        for (Object[] row : rows(params(entityManager.createNativeQuery("""
                select c.modality, sum(c.amount_cents) from budget_contribution c join budget b on b.id = c.budget_id
                join known_campus k on k.id = b.campus_id
                where b.kind = 'FORECAST' and b.fiscal_year = :year and (cast(:region as text) is null or k.region_code = :region)
                group by c.modality"""), year, region))) {
            byModality.put(FundingModality.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        Map<FunderType.Annex3Bucket, Long> byBucket = new EnumMap<>(FunderType.Annex3Bucket.class);
        for (FunderType.Annex3Bucket bucket : FunderType.Annex3Bucket.values()) {
            byBucket.put(bucket, 0L);
        }
        byType.forEach((type, amount) -> byBucket.merge(type.annex3Bucket(), amount, Long::sum));

        Map<FunderType, BigDecimal> typePercents = Shares.percentages(new LinkedHashMap<>(byType));
        List<BudgetView.FunderTypeShare> types = new ArrayList<>();
        byType.forEach((t, a) -> types.add(new BudgetView.FunderTypeShare(t, a, typePercents.get(t))));
        Map<FundingModality, BigDecimal> modalityPercents = Shares.percentages(new LinkedHashMap<>(byModality));
        List<BudgetView.ModalityShare> modalities = new ArrayList<>();
        byModality.forEach((m, a) -> modalities.add(new BudgetView.ModalityShare(m, a, modalityPercents.get(m))));
        Map<FunderType.Annex3Bucket, BigDecimal> bucketPercents = Shares.percentages(new LinkedHashMap<>(byBucket));
        List<SummaryView.BucketShare> buckets = new ArrayList<>();
        byBucket.forEach((b, a) -> buckets.add(new SummaryView.BucketShare(b, a, bucketPercents.get(b))));

        return new SummaryView(year, region, campuses, withBudget, Math.max(0, campuses - withBudget), rectoratOnly,
                resources, uses, Shares.percentOf(resources, uses), types, buckets, modalities);
    }

    private static Query params(Query query, int year, String region) {
        return query.setParameter("year", year).setParameter("region", region);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Query query) {
        return ((Number) query.getSingleResult()).longValue();
    }
}
