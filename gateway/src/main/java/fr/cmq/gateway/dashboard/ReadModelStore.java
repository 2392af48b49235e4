package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import fr.cmq.events.EventContract;
import fr.cmq.events.EventSource;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import fr.cmq.events.monitoring.BreakdownState;
import fr.cmq.events.monitoring.PartnerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The writes of the read model besides the campus rows themselves: partners, budgets, director fundings and indicator points (the
 * contract's records as JSON, each kept only when its event is newer than the one stored), the change feed's
 * sequence and the projection's generation. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ReadModelStore {

    @Inject
    EntityManager entityManager;

    /** Stores a partner and its source unless a newer event already did; true when it was stored. */
    boolean putPartner(UUID campusId, PartnerState partner, EventSource source, long eventVersion) {
        return entityManager.createNativeQuery("""
                        insert into partner_row (partner_id, campus_id, view, source, event_version)
                        values (:id, :campus, cast(:view as jsonb), cast(:source as jsonb), :version)
                        on conflict (partner_id) do update set view = excluded.view, source = excluded.source,
                            event_version = excluded.event_version
                        where partner_row.event_version < excluded.event_version""")
                .setParameter("id", partner.id())
                .setParameter("campus", campusId)
                .setParameter("view", EventContract.toJson(partner))
                .setParameter("source", EventContract.toJson(source))
                .setParameter("version", eventVersion)
                .executeUpdate() > 0;
    }

    /** Stores a budget and its source unless a newer event already did; true when it was stored. */
    boolean putBudget(UUID campusId, BudgetState budget, EventSource source, long eventVersion) {
        return entityManager.createNativeQuery("""
                        insert into budget_row (campus_id, year, kind, view, source, total_resources_cents,
                            event_version)
                        values (:campus, :year, :kind, cast(:view as jsonb), cast(:source as jsonb), :total, :version)
                        on conflict (campus_id, year, kind) do update set view = excluded.view,
                            source = excluded.source, total_resources_cents = excluded.total_resources_cents,
                            event_version = excluded.event_version
                        where budget_row.event_version < excluded.event_version""")
                .setParameter("campus", campusId)
                .setParameter("year", budget.year())
                .setParameter("kind", budget.kind())
                .setParameter("view", EventContract.toJson(budget))
                .setParameter("source", EventContract.toJson(source))
                .setParameter("total", budget.totalResourcesCents())
                .setParameter("version", eventVersion)
                .executeUpdate() > 0;
    }

    /** Stores a director funding and its source unless a newer event already did; true when it was stored. */
    boolean putDirectorFunding(UUID campusId, DirectorFundingState funding, EventSource source, long eventVersion) {
        return entityManager.createNativeQuery("""
                        insert into director_funding_row (campus_id, year, view, source, event_version)
                        values (:campus, :year, cast(:view as jsonb), cast(:source as jsonb), :version)
                        on conflict (campus_id, year) do update set view = excluded.view, source = excluded.source,
                            event_version = excluded.event_version
                        where director_funding_row.event_version < excluded.event_version""")
                .setParameter("campus", campusId)
                .setParameter("year", funding.year())
                .setParameter("view", EventContract.toJson(funding))
                .setParameter("source", EventContract.toJson(source))
                .setParameter("version", eventVersion)
                .executeUpdate() > 0;
    }

    /** Stores a target or value of an indicator unless a newer event already did; true when it was stored. */
    boolean putIndicatorPoint(UUID campusId, String indicator, BreakdownState breakdown, String kind, int year,
                              BigDecimal value, long eventVersion) {
        BreakdownState keys = breakdown == null ? IndicatorPoint.CAMPUS_AS_A_WHOLE : breakdown;
        return entityManager.createNativeQuery("""
                        insert into indicator_point_row (campus_id, indicator, breakdown_key, kind, year, breakdown,
                            value, event_version)
                        values (:campus, :indicator, :key, :kind, :year, cast(:breakdown as jsonb), :value, :version)
                        on conflict (campus_id, indicator, breakdown_key, kind, year) do update set
                            value = excluded.value, event_version = excluded.event_version
                        where indicator_point_row.event_version < excluded.event_version""")
                .setParameter("campus", campusId)
                .setParameter("indicator", indicator)
                .setParameter("key", IndicatorPoint.key(keys))
                .setParameter("kind", kind)
                .setParameter("year", year)
                .setParameter("breakdown", EventContract.toJson(keys))
                .setParameter("value", value)
                .setParameter("version", eventVersion)
                .executeUpdate() > 0;
    }

    /** The next position in the change feed. */
    long nextChangeSeq() {
        return ((Number) entityManager.createNativeQuery("select nextval('campus_row_change_seq')").getSingleResult())
                .longValue();
    }

    /** The projection's generation: 0 until the first rebuild. */
    long generation() {
        return ((Number) entityManager.createNativeQuery("select generation from projection_state").getSingleResult())
                .longValue();
    }

    /** Empties the read model (its past states too, and the events it remembers applying); answers the new generation. */
    long emptyForRebuild() {
        entityManager.createNativeQuery("truncate campus_row, campus_year_row, partner_row, budget_row, "
                + "director_funding_row, indicator_point_row, processed_event, campus_change, campus_row_version, "
                + "campus_year_row_version, budget_row_version, director_funding_row_version").executeUpdate();
        return ((Number) entityManager.createNativeQuery("update projection_state set generation = generation + 1, "
                + "last_event_at = null returning generation").getSingleResult()).longValue();
    }
}
