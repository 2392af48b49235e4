package fr.cmq.funding.events;

import fr.cmq.common.campus.KnownCampus;
import fr.cmq.events.funding.AllocationChange;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import fr.cmq.events.funding.EnvelopeState;
import fr.cmq.funding.domain.Budget;
import fr.cmq.funding.domain.BudgetFigures;
import fr.cmq.funding.domain.DirectorFunding;
import fr.cmq.funding.domain.EnvelopeAllocation;
import fr.cmq.funding.domain.EnvelopeBalance;
import fr.cmq.funding.domain.FundingEnvelope;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code data} of each funding event: the records of the event contract (platform-events,
 * {@code fr.cmq.events.funding}) built from the domain. Codes travel as their names.
 */
public final class FundingEventData {

    private FundingEventData() {
    }

    /** BudgetDeclared, BudgetUpdated: the budget with its figures. */
    public static BudgetState budget(Budget budget) {
        BudgetFigures figures = budget.figures();
        return new BudgetState(budget.year, budget.kind.name(), budget.holder.name(), budget.holderName,
                budget.uses.stream().map(u -> new BudgetState.UseLine(u.use().name(), u.amountCents())).toList(),
                budget.contributions.stream().map(c -> new BudgetState.Contribution(c.funderName(),
                        c.funderType().name(), c.amountCents(), c.nature().name(), c.modality().name(),
                        c.status().name())).toList(),
                figures.totalResourcesCents(), figures.totalUsesCents(), figures.balanceCents(),
                figures.coverageRatioPercent(),
                figures.byFunderType().stream().map(s -> new BudgetState.FunderTypeShare(s.key().name(),
                        s.amountCents(), s.percent())).toList(),
                figures.byModality().stream().map(s -> new BudgetState.ModalityShare(s.key().name(),
                        s.amountCents(), s.percent())).toList(),
                figures.nonRectoratPercent());
    }

    /** DirectorFundingDeclared, DirectorFundingUpdated: the shares with what each pays. */
    public static DirectorFundingState directorFunding(DirectorFunding funding) {
        List<DirectorFundingState.Share> shares = funding.paidShares().stream()
                .map(paid -> new DirectorFundingState.Share(paid.share().funderName(),
                        paid.share().funderType().name(), paid.share().percent(), paid.amountCents())).toList();
        return new DirectorFundingState(funding.year, funding.totalCostCents, funding.employerName, shares,
                funding.rectoratPercent(), funding.nonRectoratPercent());
    }

    /** EnvelopeCreated (once per covered campus): the envelope and what each campus has drawn. */
    public static EnvelopeState envelope(FundingEnvelope envelope, EnvelopeBalance balance,
                                         Map<UUID, KnownCampus> campuses) {
        List<EnvelopeState.CampusDraw> draws = envelope.campusIds.stream().map(id -> {
            KnownCampus campus = campuses.get(id);
            return new EnvelopeState.CampusDraw(id, campus == null ? null : campus.designation(),
                    campus == null ? null : campus.regionCode(), balance.drawnCents(id));
        }).toList();
        return new EnvelopeState(envelope.id, envelope.funderName, envelope.funderType.name(), envelope.totalCents,
                envelope.startYear, envelope.endYear, envelope.modality.name(), draws, balance.allocatedCents(),
                balance.remainingCents(), balance.allocatedPercent());
    }

    /** EnvelopeAllocated: the allocation and the envelope after it. */
    public static AllocationChange allocation(EnvelopeAllocation allocation, EnvelopeState envelope) {
        return new AllocationChange(new AllocationChange.Allocation(allocation.id, allocation.campusId,
                allocation.year, allocation.amountCents), envelope);
    }
}
