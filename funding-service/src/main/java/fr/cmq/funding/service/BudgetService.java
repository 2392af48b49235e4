package fr.cmq.funding.service;

import jakarta.inject.Inject;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.BudgetKind;
import fr.cmq.common.reference.BudgetUse;
import fr.cmq.common.security.Caller;
import fr.cmq.events.funding.FundingEventTypes;
import fr.cmq.funding.domain.Budget;
import fr.cmq.funding.domain.Contribution;
import fr.cmq.funding.domain.Amounts;
import fr.cmq.funding.domain.UseLine;
import fr.cmq.funding.events.FundingEventData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Use cases of a campus's yearly budgets; each write runs in one transaction with its outbox event. */
@ApplicationScoped
public class BudgetService {

    private static final CampusRecordWriter.Events<Budget> EVENTS = new CampusRecordWriter.Events<>(
            FundingEventTypes.BUDGET_DECLARED, FundingEventTypes.BUDGET_UPDATED, FundingEventData::budget);

    @Inject
    CampusRecordWriter writer;
    @Inject
    CampusDirectory directory;

    /**
     * Creates or replaces the budget of a campus for a year and kind, the way {@link CampusRecordWriter} puts a
     * campus's record: region checked before the body; a new budget without {@code If-Match}, an existing one only
     * with its current version's.
     */
    @Transactional
    public CampusRecordWriter.Saved<Budget> put(UUID campusId, int year, BudgetKind kind, BudgetRequest request,
                                                String ifMatch, Caller caller) {
        return writer.put(campusId, ifMatch, caller, request, request == null ? null : request.source(),
                () -> checkRules(request),
                campus -> find(campus, year, kind).orElseGet(() -> new Budget(campus, year, kind)),
                budget -> budget.replace(request.holder(), CampusRecordWriter.optional(request.holderName()),
                        request.uses().stream().map(u -> new UseLine(u.use(), u.amountCents())).toList(),
                        request.contributions().stream().map(c -> new Contribution(c.funderName().strip(),
                                c.funderType(), c.amountCents(), c.nature(), c.modality(), c.status())).toList()),
                EVENTS);
    }

    /**
     * The budget line of an import: creates or replaces the budget as {@link #put} does, without If-Match; a line
     * equal to the budget changes nothing and publishes nothing.
     */
    @Transactional
    public CampusRecordWriter.Saved<Budget> replace(UUID campusId, int year, BudgetKind kind, BudgetRequest request,
                                                    Caller caller) {
        return writer.replace(campusId, caller, request, request == null ? null : request.source(),
                () -> checkRules(request),
                campus -> find(campus, year, kind).orElseGet(() -> new Budget(campus, year, kind)),
                budget -> replaceLines(budget, request), EVENTS);
    }

    private static void replaceLines(Budget budget, BudgetRequest request) {
        budget.replace(request.holder(), CampusRecordWriter.optional(request.holderName()),
                request.uses().stream().map(u -> new UseLine(u.use(), u.amountCents())).toList(),
                request.contributions().stream().map(c -> new Contribution(c.funderName().strip(),
                        c.funderType(), c.amountCents(), c.nature(), c.modality(), c.status())).toList());
    }

    public Budget get(UUID campusId, int year, BudgetKind kind) {
        directory.require(campusId);
        return find(campusId, year, kind).orElseThrow(() -> ProblemException.notFound("The " + kind
                + " budget of campus " + campusId + " for " + year));
    }

    /** The budgets of a campus (of one kind, or all when {@code kind} is null), by year then kind. */
    public List<Budget> list(UUID campusId, BudgetKind kind) {
        directory.require(campusId);
        List<Budget> budgets = kind == null
                ? Budget.list("campusId", campusId)
                : Budget.list("campusId = ?1 and kind = ?2", campusId, kind);
        return budgets.stream()
                .sorted(Comparator.comparingInt((Budget b) -> b.year).thenComparing(b -> b.kind))
                .toList();
    }

    private static Optional<Budget> find(UUID campusId, int year, BudgetKind kind) {
        return Budget.find("campusId = ?1 and year = ?2 and kind = ?3", campusId, year, kind).firstResultOptional();
    }

    /** Rules beyond each field's own bounds: a use listed once, totals within the sane bound. */
    static void checkRules(BudgetRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Set<BudgetUse> seen = EnumSet.noneOf(BudgetUse.class);
        for (int i = 0; i < request.uses().size(); i++) {
            if (!seen.add(request.uses().get(i).use())) {
                errors.add(new FieldError("uses[" + i + "].use", "use " + request.uses().get(i).use()
                        + " is listed twice; give one amount per use"));
            }
        }
        if (request.contributions().stream().mapToLong(BudgetRequest.ContributionItem::amountCents).sum()
                > Amounts.MAX_CENTS) {
            errors.add(new FieldError("contributions", "the contributions add up to more than 1 000 000 000 EUR"));
        }
        if (request.uses().stream().mapToLong(BudgetRequest.UseItem::amountCents).sum() > Amounts.MAX_CENTS) {
            errors.add(new FieldError("uses", "the uses add up to more than 1 000 000 000 EUR"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
