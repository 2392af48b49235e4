package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import fr.cmq.events.EventSource;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabelState;
import fr.cmq.events.monitoring.PartnerTypologyState;
import fr.cmq.events.monitoring.ProfileState;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Everything the read model holds about one campus, for the API's detail and the campus page. */
@ApplicationScoped
public class CampusDetails {

    @Inject
    ReadModelQueries readModel;
    @Inject
    NationalTable table;

    /**
     * The campus as it was at an instant (today's when {@code asOf} is null): its row, register names, label, profile,
     * partner summary, budgets and director fundings as of then; its partners and indicator series are today's.
     * Empty when it was not registered by then.
     */
    public Optional<CampusDetail> find(UUID campusId, int year, AsOf asOf) {
        if (asOf == null) {
            return find(campusId, year);
        }
        TableRow row = readModel.campus(campusId) == null ? null : table.row(campusId, year, asOf).orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        java.time.Instant at = asOf.instant();
        CampusState register = readModel.partAsOf(campusId, ReadModelHistory.Part.REGISTER, "register",
                CampusState.class, at);
        List<BudgetState> budgets = readModel.budgetsOf(campusId, at);
        return Optional.of(new CampusDetail(row, register == null || register.communicationNames() == null ? List.of()
                : List.copyOf(register.communicationNames()),
                readModel.partAsOf(campusId, ReadModelHistory.Part.LABEL, "label", LabelState.class, at),
                readModel.partAsOf(campusId, ReadModelHistory.Part.PROFILE, "profile", ProfileState.class, at),
                readModel.partAsOf(campusId, ReadModelHistory.Part.PARTNERS, "partner_summary",
                        PartnerTypologyState.class, at),
                readModel.partnersOf(campusId), budgets, readModel.directorFundingsOf(campusId, at),
                budgets.stream().map(BudgetThemes::of).toList(),
                IndicatorSeries.of(readModel.indicatorPointsOf(campusId)), sources(campusId, row, at)));
    }

    /**
     * The source of each part as of an instant: the register's (the row's), the label's, profile's, partner
     * summary's and steering state's versions then; the partners', budgets' and co-financings' sources are today's
     * (their versions do not keep one; the services' no-mixing rule keeps them of the campus's kind).
     */
    private List<PartSource> sources(UUID campusId, TableRow row, java.time.Instant at) {
        List<PartSource> sources = new ArrayList<>();
        add(sources, PartSource.REGISTER, row.source());
        add(sources, PartSource.LABEL, readModel.partAsOf(campusId, ReadModelHistory.Part.LABEL, "label_source",
                EventSource.class, at));
        add(sources, PartSource.PROFILE, readModel.partAsOf(campusId, ReadModelHistory.Part.PROFILE, "profile_source",
                EventSource.class, at));
        add(sources, PartSource.PARTNERS, readModel.partAsOf(campusId, ReadModelHistory.Part.PARTNERS,
                "partners_source", EventSource.class, at));
        add(sources, PartSource.STEERING, readModel.partAsOf(campusId, ReadModelHistory.Part.STEERING,
                "steering_source", EventSource.class, at));
        sources.addAll(readModel.partSourcesOf(campusId));
        return List.copyOf(sources);
    }

    /** The campus with its row for the year; empty when it is not (yet) registered in the read model. */
    public Optional<CampusDetail> find(UUID campusId, int year) {
        CampusReadModel campus = readModel.campus(campusId);
        TableRow row = campus == null ? null : table.row(campusId, year).orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        List<BudgetState> budgets = readModel.budgetsOf(campusId);
        return Optional.of(new CampusDetail(row, List.copyOf(campus.communicationNames()), campus.label,
                campus.profile, campus.partnerSummary, readModel.partnersOf(campusId), budgets,
                readModel.directorFundingsOf(campusId), budgets.stream().map(BudgetThemes::of).toList(),
                IndicatorSeries.of(readModel.indicatorPointsOf(campusId)), sources(campus, row)));
    }

    /** The source of each part of the campus: the campus's own parts, then its partners, budgets and co-financings. */
    private List<PartSource> sources(CampusReadModel campus, TableRow row) {
        List<PartSource> sources = new ArrayList<>();
        add(sources, PartSource.REGISTER, row.source());
        add(sources, PartSource.LABEL, campus.labelSource);
        add(sources, PartSource.PROFILE, campus.profileSource);
        add(sources, PartSource.PARTNERS, campus.partnersSource);
        add(sources, PartSource.STEERING, campus.steeringSource);
        sources.addAll(readModel.partSourcesOf(campus.campusId));
        return List.copyOf(sources);
    }

    private static void add(List<PartSource> sources, String part, EventSource source) {
        if (source != null) {
            sources.add(PartSource.of(part, source));
        }
    }
}
